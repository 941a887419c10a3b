import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/observability/logger';
import { openDatabase, type Database } from '../src/db/database';

/** Opens the configured database for a command-line task and closes it afterwards. */
export async function withDatabase<T>(work: (db: Database, logger: ReturnType<typeof createLogger>) => Promise<T>, dataDir?: string): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase({ url: config.database.url, dataDir: dataDir ?? config.database.dataDir, poolMax: 2, logger });
  try {
    return await work(db, logger);
  } finally {
    await db.close();
  }
}

/** `--name value` pairs from argv. */
export function flags(argv = process.argv.slice(2)): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, inline] = a.slice(2).split('=', 2);
    out[k] = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
  }
  return out;
}

export function fail(message: string): never {
  // eslint-disable-next-line no-console
  console.error(message);
  process.exit(1);
}
