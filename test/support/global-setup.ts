import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { detectBackend, withDatabaseName } from './backend';
import { openDatabase } from '../../src/db/database';
import { entities } from '../../src/modules';

/**
 * On PostgreSQL: migrates one template database per run; each test file then gets its own
 * database copied from it (CREATE DATABASE … TEMPLATE), so files run in parallel in isolation.
 */
export default async function globalSetup(): Promise<void> {
  const backend = await detectBackend();
  process.env.TEST_DB_BACKEND = backend.kind;
  if (backend.kind !== 'postgres') {
    process.stdout.write('\ne2e tests on embedded PGlite\n');
    return;
  }
  const template = `coc_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: backend.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const db = await openDatabase({ entities, url: withDatabaseName(backend.adminUrl!, template), dataDir: '', poolMax: 1 });
  await db.dataSource.runMigrations({ transaction: 'each' });
  await db.close();
  process.env.TEST_DB_ADMIN_URL = backend.adminUrl;
  process.env.TEST_DB_TEMPLATE = template;
  process.stdout.write(`\ne2e tests on PostgreSQL (${new URL(backend.adminUrl!).host}), template ${template}\n`);
}
