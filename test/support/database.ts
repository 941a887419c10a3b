import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '../../src/db/database';
import { entities } from '../../src/modules';
import { withDatabaseName } from './backend';

export interface TestDatabase {
  database: Database;
  /** Closes the connections and removes the database. */
  drop(): Promise<void>;
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DB_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database of this test file's own: a copy of the run's template, or an embedded PGlite
 * in memory started from the run's migrated dump (one connection; `poolMax` is for PostgreSQL, default 10).
 */
export async function createTestDatabase(
  options: { logger?: Logger; statementTimeoutMs?: number; poolMax?: number; preparedStatements?: number } = {},
): Promise<TestDatabase> {
  if (process.env.TEST_DB_BACKEND !== 'postgres') {
    const dump = process.env.TEST_PGLITE_DUMP;
    const loadDataDir = dump ? new Blob([fs.readFileSync(dump)]) : undefined;
    const database = await openDatabase({ entities, dataDir: 'memory://', loadDataDir, ...options, poolMax: 1 });
    // Nothing to do when started from the dump; a database without one is migrated here.
    await database.dataSource.runMigrations({ transaction: 'each' });
    return { database, drop: () => database.close() };
  }
  const name = `coc_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_DB_TEMPLATE}`));
      break;
    } catch (error) {
      // Two files copying the template at the same moment: try again shortly.
      if (attempt >= 20 || !/being accessed/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const database = await openDatabase({ entities, url: withDatabaseName(process.env.TEST_DB_ADMIN_URL!, name), dataDir: '', ...options, poolMax: options.poolMax ?? 10 });
  return {
    database,
    async drop() {
      await database.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
