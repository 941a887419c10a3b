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
  /**
   * PostgreSQL's `statement_timeout` for every pooled connection, in ms (0: none). PGlite accepts
   * the setting but cannot enforce it (its single WASM thread has no timer to cancel a statement).
   */
  statementTimeoutMs?: number;
  logger?: Logger;
}

/** An open database: the TypeORM data source and how to close everything behind it. */
export interface Database {
  kind: DatabaseKind;
  dataSource: DataSource;
  close(): Promise<void>;
}

function createDataSource(url: string, poolMax: number, statementTimeoutMs = 0, logger?: Logger): DataSource {
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
    // A statement running longer is cancelled by the server (57014, answered as TIMEOUT); its
    // transaction rolls back and the connection returns to the pool.
    extra: { max: poolMax, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000, ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) },
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
    const dataSource = createDataSource(options.url, options.poolMax, options.statementTimeoutMs, options.logger);
    await dataSource.initialize();
    return { kind: 'postgres', dataSource, close: () => dataSource.destroy() };
  }
  const dataDir = options.dataDir === 'memory://' ? undefined : path.resolve(options.dataDir);
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  const dataSource = createDataSource(`postgres://postgres@${address}/postgres?sslmode=disable`, 1, options.statementTimeoutMs, options.logger);
  try {
    await dataSource.initialize();
  } catch (error) {
    await server.stop();
    await pglite.close();
    throw error;
  }
  return {
    kind: 'pglite',
    dataSource,
    async close() {
      await dataSource.destroy();
      await server.stop();
      await pglite.close();
    },
  };
}
