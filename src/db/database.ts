import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Pool, PoolClient } from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from 'pino';
import { migrations } from '../../migrations';
import { SqlLogger } from './sql-logger';
import { SnakeNamingStrategy } from './naming-strategy';
import { DEFAULT_PREPARED_STATEMENTS, preparingClient } from './prepared-statements';

export type DatabaseKind = 'postgres' | 'pglite';

export interface DatabaseOptions {
  /** Every entity TypeORM maps: `entities` of src/modules/index.ts (the kernel's and every module's). */
  entities: Function[];
  /** PostgreSQL connection string; when absent an embedded PGlite database is started. */
  url?: string;
  /** Folder for the embedded database (`memory://` keeps it in memory). */
  dataDir: string;
  /**
   * Embedded database in memory only: start from this dump of a data folder (PGlite's
   * `dumpDataDir`) instead of an empty cluster. The tests start each file's database from one
   * migrated dump, which skips PGlite's initdb and the migrations.
   */
  loadDataDir?: Blob;
  poolMax: number;
  /**
   * PostgreSQL's `statement_timeout` for every pooled connection, in ms (0: none). PGlite accepts
   * the setting but cannot enforce it (its single WASM thread has no timer to cancel a statement).
   */
  statementTimeoutMs?: number;
  /** Named prepared statements kept per connection ({@link preparingClient}); 0: none. Default {@link DEFAULT_PREPARED_STATEMENTS}. */
  preparedStatements?: number;
  logger?: Logger;
  /** Shown as `application_name` in `pg_stat_activity`, so operators can tell the service's sessions apart. */
  applicationName?: string;
}

/** A database: the TypeORM data source and how to connect and close everything behind it. */
export interface Database {
  kind: DatabaseKind;
  dataSource: DataSource;
  /**
   * True once connected, migrated and prepared: the service takes requests. A database that goes
   * away later stays ready (the pool reconnects); `/readyz` asks it each time.
   */
  ready: boolean;
  /** Connects (initialises the data source); does nothing when connected. May be retried after a failure. */
  connect(): Promise<void>;
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

/**
 * Gives every pooled connection an `'error'` listener for its whole life. pg-pool removes its own
 * listener when it hands a new connection out, and TypeORM attaches its listener a promise tick
 * later: a termination notice (57P01) read in the same network packet as the end of the handshake
 * is emitted in between, on a connection with no listener, and crashes the process. The pool's
 * `connect` event fires synchronously before pg-pool lets go, which closes that window. The pool's
 * own `'error'` (an idle connection lost) is handled by `poolErrorHandler`.
 */
function guardPool(dataSource: DataSource, options: Pick<DatabaseOptions, 'logger' | 'preparedStatements'>, embedded = false): void {
  const { logger, preparedStatements = DEFAULT_PREPARED_STATEMENTS } = options;
  const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
  pool?.on('connect', (client: PoolClient) => {
    client.on('error', (error) => logger?.warn({ err: error }, 'database connection lost'));
    // PGlite is one session for every connection in turn: a new connection finds the statements
    // an earlier one prepared, under names the new client does not know it has.
    if (embedded && preparedStatements > 0) client.query('DEALLOCATE ALL').catch(() => undefined);
  });
}

export const DEFAULT_APPLICATION_NAME = 'code-of-conduct-service';

function createDataSource(
  url: string,
  options: Pick<DatabaseOptions, 'entities' | 'poolMax' | 'statementTimeoutMs' | 'preparedStatements' | 'logger' | 'applicationName'>,
): DataSource {
  const { entities, poolMax, statementTimeoutMs = 0, preparedStatements = DEFAULT_PREPARED_STATEMENTS, logger, applicationName = DEFAULT_APPLICATION_NAME } = options;
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
    applicationName,
    // A statement running longer is cancelled by the server (57014, answered as TIMEOUT); its
    // transaction rolls back and the connection returns to the pool.
    extra: {
      max: poolMax,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
      Client: preparingClient(preparedStatements),
    },
    // An idle connection lost: the connection's own listener (guardPool) has logged it already.
    poolErrorHandler: (error: unknown) => logger?.debug({ err: error }, 'idle database connection removed from the pool'),
    logger: logger ? new SqlLogger(logger) : undefined,
  });
}

/**
 * A PostgreSQL database that is not connected yet, so that the service can listen (and answer
 * `/healthz`) before the database is reachable. `connect` may fail and be called again.
 */
export function definePostgresDatabase(options: DatabaseOptions & { url: string }): Database {
  const dataSource = createDataSource(options.url, options);
  let connecting: Promise<void> | undefined;
  return {
    kind: 'postgres',
    dataSource,
    ready: false,
    connect() {
      if (dataSource.isInitialized) return Promise.resolve();
      connecting ??= dataSource
        .initialize()
        .then(() => guardPool(dataSource, options))
        .finally(() => (connecting = undefined));
      return connecting;
    },
    async close() {
      await connecting?.catch(() => undefined);
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
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
    const database = definePostgresDatabase({ ...options, url: options.url });
    await database.connect();
    return database;
  }
  const dataDir = options.dataDir === 'memory://' ? undefined : path.resolve(options.dataDir);
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? claimDataDir(dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    // pg_trgm backs the complaint search's trigram indexes (the migration creates the extension;
    // PGlite must have its library loaded first).
    pglite = await PGlite.create({ ...(dataDir ? { dataDir } : { loadDataDir: options.loadDataDir }), extensions: { pg_trgm } });
  } catch (error) {
    release();
    throw error;
  }
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  const dataSource = createDataSource(`postgres://postgres@${address}/postgres?sslmode=disable`, { ...options, poolMax: 1 });
  try {
    await dataSource.initialize();
    guardPool(dataSource, options, true);
  } catch (error) {
    await server.stop();
    await pglite.close();
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    dataSource,
    ready: true,
    connect: async () => undefined,
    async close() {
      await dataSource.destroy();
      await server.stop();
      await pglite.close();
      release();
    },
  };
}
