import fs from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_PGLITE_DUMP) fs.rmSync(process.env.TEST_PGLITE_DUMP, { force: true });
  const { TEST_DB_ADMIN_URL: url, TEST_DB_TEMPLATE: template } = process.env;
  if (!url || !template) return;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.end();
}
