import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import type { startBenchService as StartBenchService } from '../harness';
import type { rawHandler as RawHandler } from './raw';
import type { startFloor as StartFloor } from './floor';
import { DEFAULT_PREPARED_STATEMENTS, preparingClient } from '../../src/db/prepared-statements';

/**
 * One candidate of the scale benchmark, in a process of its own (so that its memory and CPU are
 * its own, apart from autocannon's): `node server.js service|raw|floor|postgraphile <database url>`.
 * It reports `{ ready, url }` over IPC and answers `stats` (SQL statements sent so far, RSS) and
 * `capture` (start or stop recording the statements sent, returning them).
 *
 * Statements are counted by wrapping `pg`'s `Client.prototype.query`, which every candidate's pool
 * (TypeORM's, PostGraphile's, the raw handler's) sends its statements through: one call is one
 * statement sent to PostgreSQL (BEGIN and COMMIT included).
 */

type Captured = { text: string; values: unknown[] };
let statements = 0;
let capturing: Captured[] | null = null;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  if (capturing) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
    const text = typeof first === 'string' ? first : first?.text;
    const values = Array.isArray(second) ? second : typeof first === 'object' ? (first?.values ?? []) : [];
    if (text) capturing.push({ text, values });
  }
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof original;

const send = (message: unknown) => process.send?.(message);

process.on('message', (message: { cmd: string; on?: boolean; sql?: unknown }) => {
  if (message.cmd === 'stats') {
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    send({ cmd: 'stats', statements, rss: memory.rss, memory, cpuMicros: cpu.user + cpu.system });
  }
  if (message.cmd === 'capture') {
    const captured = capturing ?? [];
    capturing = message.on ? [] : null;
    send({ cmd: 'capture', captured });
  }
  if (message.cmd === 'configure') {
    configure(message);
    send({ cmd: 'configure' });
  }
});

let configure: (message: unknown) => void = () => undefined;

function sharePostgraphileGraphql(): void {
  type Resolver = (request: string, parent: unknown, ...rest: unknown[]) => string;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _resolveFilename: Resolver; _nodeModulePaths: (dir: string) => string[] };
  const home = path.dirname(require.resolve('postgraphile/package.json'));
  const resolve = Module._resolveFilename;
  // A parent module inside postgraphile's folder: resolution from there finds its copies.
  const parentAtHome = { id: path.join(home, 'index.js'), filename: path.join(home, 'index.js'), paths: Module._nodeModulePaths(home) };
  Module._resolveFilename = function (this: unknown, request, parent, ...rest) {
    return resolve.call(this, request, /^(graphql|graphile-build)(\/|$)/.test(request) ? parentAtHome : parent, ...rest);
  };
}

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

async function main(): Promise<void> {
  const [mode, url] = process.argv.slice(2);
  if (mode === 'service') {
    // Required per mode: the PostGraphile process must not load the service's graphql 16.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startBenchService } = require('../harness') as { startBenchService: typeof StartBenchService };
    const bench = await startBenchService('scale', {
      DATABASE_URL: url,
      // The public form's budgets would refuse a load test of submitComplaint; the slow paths get time to answer.
      RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: '0',
      RATE_LIMIT_SUBMISSIONS_PER_ORGANIZATION: '0',
      RATE_LIMIT_READS_PER_ADDRESS: '0',
      RATE_LIMIT_READS_PER_ORGANIZATION: '0',
      DB_STATEMENT_TIMEOUT_MS: '300000',
      REQUEST_TIMEOUT_MS: '300000',
      // DB_PREPARED_STATEMENTS=0 npm run bench:scale: the service without named statements, for comparison.
      ...(process.env.DB_PREPARED_STATEMENTS ? { DB_PREPARED_STATEMENTS: process.env.DB_PREPARED_STATEMENTS } : {}),
      // MONITORING_CACHE_ENTRIES=0 npm run bench:scale: every codeStatus and complaintAnalysis computed, as on a cache miss.
      ...(process.env.MONITORING_CACHE_ENTRIES ? { MONITORING_CACHE_ENTRIES: process.env.MONITORING_CACHE_ENTRIES } : {}),
    });
    send({ cmd: 'ready', url: `${bench.service.url}/graphql` });
  } else if (mode === 'raw') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rawHandler } = require('./raw') as { rawHandler: typeof RawHandler };
    // The practical limit: a hand-tuned handler switches JIT compilation off for its statements
    // (at the server's default it costs more than the work of (d)'s merged statement; see README).
    // Named prepared statements, as the service and PostGraphile 4 send theirs: planned once per connection.
    const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off', Client: preparingClient(DEFAULT_PREPARED_STATEMENTS) });
    const raw = rawHandler(pool);
    configure = (message) => raw.configure(message as never);
    send({ cmd: 'ready', url: await listen(raw.handle) });
  } else if (mode === 'floor') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startFloor } = require('./floor') as { startFloor: typeof StartFloor };
    // The raw handler's pool: the floor differs from it only by the GraphQL stack in front.
    const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off', Client: preparingClient(DEFAULT_PREPARED_STATEMENTS) });
    send({ cmd: 'ready', url: await startFloor(pool) });
  } else if (mode === 'postgraphile') {
    // Loaded here only: a bench-only dev dependency with its own graphql 15, of which npm nests
    // copies beside the service's graphql 16 (and some of its dependencies, hoisted, would load
    // 16): in this process every request for graphql or graphile-build goes to postgraphile's
    // copies, so that its schema is built from one graphql.
    sharePostgraphileGraphql();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { postgraphile } = require('postgraphile');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');
    // Read-only: every transaction of its pool is READ ONLY, and it exposes no mutations.
    const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c default_transaction_read_only=on' });
    const middleware = postgraphile(pool, 'public', {
      appendPlugins: [ConnectionFilterPlugin],
      graphileBuildOptions: { connectionFilterRelations: true },
      disableDefaultMutations: true,
      dynamicJson: true,
      setofFunctionsContainNulls: false,
      disableQueryLog: true,
      retryOnInitFail: false,
      graphiql: false,
    });
    send({ cmd: 'ready', url: `${await listen(middleware)}/graphql` });
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error);
  process.exit(1);
});

// Stopped by the harness: exit normally, so that a CPU profile (BENCH_CPU_PROFILE) is written.
process.on('SIGTERM', () => process.exit(0));
