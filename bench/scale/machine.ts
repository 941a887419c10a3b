import fs from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';

/** The machine a result was measured on: CPU, memory, Node and PostgreSQL versions and settings. */
export async function machine(url: string): Promise<Record<string, unknown>> {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const settings = (
      await client.query(
        `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers','work_mem','effective_cache_size','max_connections','random_page_cost','jit','max_parallel_workers_per_gather')`,
      )
    ).rows.map((r) => `${r.name}=${r.setting}${r.unit ?? ''}`);
    return {
      cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      postgres: (await client.query('SELECT version()')).rows[0].version,
      postgresSettings: settings,
      databaseSize: (await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0].s,
    };
  } finally {
    await client.end();
  }
}
