import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SUPERUSER = 'postgres';

/** A free TCP port on the loopback interface (asked from the kernel, then released). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary folder, its own port), that the
 * test may start and stop at will: the shared server on 5432 is never touched. initdb refuses to run
 * as root, so as root the binaries run as the `postgres` system user.
 */
export class OwnPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly asUser: string[],
  ) {}

  static async create(): Promise<OwnPostgres> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coc-own-pg-'));
    const asUser = process.getuid?.() === 0 ? ['runuser', '-u', SUPERUSER, '--'] : [];
    if (asUser.length) {
      const { stdout } = await run('id', ['-u', SUPERUSER]);
      const { stdout: gid } = await run('id', ['-g', SUPERUSER]);
      await fs.chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    const cluster = new OwnPostgres(dir, await freePort(), asUser);
    await cluster.pg('initdb', ['-D', cluster.dataDir, '-U', SUPERUSER, '-A', 'trust', '--no-sync', '--no-instructions', '-E', 'UTF8']);
    return cluster;
  }

  private get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  private async pg(binary: string, args: string[]): Promise<void> {
    const [command, ...rest] = [...this.asUser, path.join(BIN, binary), ...args];
    await run(command, rest, { cwd: this.dir });
  }

  /** Connection string for a database of this cluster. */
  url(database = 'postgres'): string {
    return `postgres://${SUPERUSER}@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server and waits until it accepts connections. */
  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c max_connections=50`;
    await this.pg('pg_ctl', ['start', '-w', '-D', this.dataDir, '-l', path.join(this.dir, 'server.log'), '-o', options]);
  }

  /** Stops the server at once (`immediate`: open sessions are cut, as when a database goes away). */
  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', this.dataDir]);
  }

  /** Stops the server if it runs, and removes its folder. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
