import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from 'pino';
import { entities } from './entities';
import { migrations } from '../../migrations';
import { SqlLogger } from './sql-logger';
import { SnakeNamingStrategy } from './naming-strategy';

export type DatabaseKind = 'postgres' | 'pglite';

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent an embedded PGlite database is started. */
  url?: string;
  /** Folder for the embedded database (`memory://` keeps it in memory). */
  dataDir: string;
  poolMax: number;
  logger?: Logger;
}

/** An open database: the TypeORM data source and how to close everything behind it. */
export interface Database {
  kind: DatabaseKind;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The embedded database's folder is held by another running process (PGlite allows one at a time). */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (a running service?). ` +
        'Stop that process first, or use PostgreSQL (DATABASE_URL), where commands and the service run side by side.',
    );
    this.name = 'DatabaseInUseError';
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims the embedded database's folder for this process: PGlite has no lock of its own, and two
 * processes writing one folder corrupt it. The claim is a file beside the folder holding our pid;
 * a claim left by a process that is gone (killed, crashed) is taken over. Returns the release.
 */
function claimDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => fs.rmSync(file, { force: true });
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      // Our own pid is a claim left by an earlier life of this pid (a container restarted as pid 1).
      if (pid > 0 && pid !== process.pid && isAlive(pid)) throw new DatabaseInUseError(dataDir, pid);
      fs.rmSync(file, { force: true });
    }
  }
}

function createDataSource(url: string, poolMax: number, logger?: Logger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolMax, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 },
    logger: logger ? new SqlLogger(logger) : undefined,
  });
}

/**
 * Opens PostgreSQL when a URL is given, otherwise PGlite (PostgreSQL compiled to WASM) served
 * in-process over the wire protocol, so both paths use the same `pg` driver and SQL.
 *
 * PGlite is one PostgreSQL session. The socket server lets a single client connection in, and the
 * pool is sized to one, so transactions are serialised and stay isolated from each other.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const dataSource = createDataSource(options.url, options.poolMax, options.logger);
    await dataSource.initialize();
    return { kind: 'postgres', dataSource, close: () => dataSource.destroy() };
  }
  const dataDir = options.dataDir === 'memory://' ? undefined : path.resolve(options.dataDir);
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? claimDataDir(dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ? { dataDir } : {});
  } catch (error) {
    release();
    throw error;
  }
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  const dataSource = createDataSource(`postgres://postgres@${address}/postgres?sslmode=disable`, 1, options.logger);
  try {
    await dataSource.initialize();
  } catch (error) {
    await server.stop();
    await pglite.close();
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    dataSource,
    async close() {
      await dataSource.destroy();
      await server.stop();
      await pglite.close();
      release();
    },
  };
}
