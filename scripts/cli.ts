import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/observability/logger';
import { DatabaseInUseError, openDatabase, type Database } from '../src/db/database';
import { entities } from '../src/modules';
import { AppError } from '../src/common/errors';

/**
 * Opens the configured database for a command-line task and closes it afterwards. `quiet` keeps
 * logs off stdout (for commands whose output is a value, such as a token). An embedded database in
 * use by a running service fails with {@link DatabaseInUseError}, never opened twice.
 */
export async function withDatabase<T>(
  work: (db: Database, logger: ReturnType<typeof createLogger>) => Promise<T>,
  dataDir?: string,
  options: { quiet?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(options.quiet ? { logLevel: 'silent' } : config);
  const db = await openDatabase({ entities, url: config.database.url, dataDir: dataDir ?? config.database.dataDir, poolMax: 2, logger });
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
    out[k] = inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
  }
  return out;
}

/** The message for an expected failure (bad input, database in use), the stack for anything else. */
export function describeError(error: unknown): string {
  if (error instanceof DatabaseInUseError || error instanceof AppError) return error.message;
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

export function fail(message: string): never {
  // eslint-disable-next-line no-console
  console.error(message);
  process.exit(1);
}
