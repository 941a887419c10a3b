import { Client } from 'pg';

/** Where e2e tests run: PostgreSQL when configured or reachable, PGlite otherwise. */
export interface TestBackend {
  kind: 'postgres' | 'pglite';
  /** Connection string with rights to create and drop databases (postgres only). */
  adminUrl?: string;
}

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** TEST_DB=pglite forces the embedded database; TEST_DATABASE_URL or DATABASE_URL choose a server. */
export async function detectBackend(env = process.env): Promise<TestBackend> {
  if (env.TEST_DB === 'pglite') return { kind: 'pglite' };
  const configured = env.TEST_DATABASE_URL || env.DATABASE_URL;
  if (configured) return { kind: 'postgres', adminUrl: configured };
  if (env.TEST_DB !== 'postgres' && !(await reachable(DEFAULT_URL))) return { kind: 'pglite' };
  return { kind: 'postgres', adminUrl: DEFAULT_URL };
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
