import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../src/db/database';
import { entities } from '../../src/modules';
import { withDatabaseName } from '../support/backend';

/**
 * Follows README.md's "Set up your own organisation" as a new user would: its fenced bash
 * commands, read from the README itself (so the two cannot drift), run in one shell as real
 * processes against a fresh database: the CLI, `npm start`, and curl over real HTTP.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const SECTION = '## Set up your own organisation';

/** The section's ```bash blocks, in order, without the list indentation. */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no section "${SECTION}"`);
  const end = readme.indexOf('\n## ', start + SECTION.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^( *)```bash\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n'),
  );
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a shell script in its own process group (so what it leaves running can be stopped), until the shell exits. */
function shell(script: string, env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn('bash', ['-euo', 'pipefail', '-c', script], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  // 'exit', not 'close': a service started in the background keeps the pipes open.
  const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

let env: NodeJS.ProcessEnv;
let dataDir: string;
let databaseName: string | undefined;
let group: number | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coc-readme-'));
  const { DATABASE_URL: _ignored, JWT_SECRET: _secret, ...inherited } = process.env;
  env = { ...inherited, NODE_ENV: 'development', PORT: String(await freePort()), SEED_DEMO: 'false', LOG_LEVEL: 'warn', DATA_DIR: path.join(dataDir, 'db') };
  if (process.env.TEST_DB_BACKEND === 'postgres') {
    // An empty database, not the migrated template: the CLI must migrate it.
    databaseName = `coc_readme_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.TEST_DB_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    env.DATABASE_URL = withDatabaseName(process.env.TEST_DB_ADMIN_URL!, databaseName);
  }
});

/** Stops the service the README started (SIGTERM to the shell's process group) and waits until it is gone. */
async function stopService(): Promise<void> {
  if (!group) return;
  if (groupAlive(group)) process.kill(-group, 'SIGTERM');
  while (groupAlive(group)) await new Promise((r) => setTimeout(r, 200));
  group = undefined;
}

afterAll(async () => {
  await stopService();
  if (databaseName) {
    const admin = new Client({ connectionString: process.env.TEST_DB_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface ComplaintRow {
  reference: string;
  status: string;
}

/** The complaints of organisation `acme`, read from the database the README used. */
async function acmeComplaints(): Promise<ComplaintRow[]> {
  const sql = `SELECT c.reference, c.status FROM complaint c JOIN organization o ON o.id = c.organization_id WHERE o.slug = 'acme'`;
  if (env.DATABASE_URL) {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query<ComplaintRow>(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const database = await openDatabase({ entities, dataDir: env.DATA_DIR!, poolMax: 1 });
  try {
    const rows: ComplaintRow[] = await database.dataSource.query(sql);
    return rows;
  } finally {
    await database.close();
  }
}

describe('README: set up your own organisation', () => {
  const commands = readmeCommands();

  it('reads the commands from README.md', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    expect(commands[0]).toMatch(/^npm run org -- create /);
  });

  it('takes a new user from nothing to a first registered complaint', async () => {
    const run = shell(commands.join('\n'), env);
    group = run.child.pid;
    const { code, stdout, stderr } = await run.done;
    expect({ code, stderr: code ? stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Created organisation acme');
    expect(stdout).toContain('npm run token -- --org acme --email anna@acme.example');
    expect(stdout).not.toContain('"errors"');
    expect(stdout).toContain('"roles":["TOP_MANAGEMENT","QUALITY_MANAGER","COMPLAINT_OFFICER"]');
    expect(stdout).toContain('"publishCodeVersion":{"status":"PUBLISHED"');
    expect(stdout).toContain('"publishedCode":{"title":"Onze beloften aan klanten","currentVersion":{"version":1,"promises":[{"key":"P1","title":"Bevestiging binnen 2 werkdagen"}]}}');
    const reference = /"registerComplaint":\{"reference":"(K-\d{4}-\d{5})","status":"RECEIVED"/.exec(stdout)?.[1];
    expect(reference).toBeDefined();

    if (!env.DATABASE_URL) {
      // The embedded database is the running service's: a second process is told so and changes nothing.
      const inUse = await shell('npm run -s org -- list', env).done;
      expect(inUse.code).toBe(1);
      expect(inUse.stderr).toContain(`The embedded database in ${env.DATA_DIR} is in use by process`);
    }
    await stopService();
    expect(await acmeComplaints()).toEqual([{ reference, status: 'RECEIVED' }]);
  }, 300_000);

  it('creating the organisation again changes nothing and says so; other data under its slug is refused', async () => {
    const again = await shell(commands[0], env).done;
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Organisation acme already exists with these settings and member anna@acme.example; nothing changed.');
    const conflicting = await shell(commands[0].replace('--timezone Europe/Amsterdam --country NL', '--timezone Europe/Oslo --country NO'), env).done;
    expect(conflicting.code).toBe(1);
    expect(conflicting.stderr).toContain('Organisation acme already exists with other data; nothing changed:');
    expect(conflicting.stderr).toContain('timezone: "Europe/Amsterdam" stored, "Europe/Oslo" given');
    expect(conflicting.stderr).toContain('country: "NL" stored, "NO" given');
    const invalid = await shell('npm run -s org -- create --slug "Not A Slug" --name X --timezone Mars/Olympus --country DE --admin-email nobody --admin-name Y', env).done;
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('--slug: must be 1 to 50 lower-case letters');
    expect(invalid.stderr).toContain('--timezone: is not an IANA time zone');
    expect(invalid.stderr).toContain('--country: must be one of NL, NO');
    expect(invalid.stderr).toContain('--admin-email: must be an e-mail address');
    const list = await shell('npm run -s org -- list', env).done;
    expect(list.stdout.split('\n').map((l) => l.split(/\s{2,}/))).toContainEqual(['acme', 'Incassobureau Acme B.V.', 'NL', '1']);
    expect(await acmeComplaints()).toHaveLength(1);
  }, 300_000);
});
