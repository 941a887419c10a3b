import type { Logger } from 'pino';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { createApp, type App } from './app';

export interface RunningService {
  url: string;
  database: Database;
  app: App;
  /** Graceful stop: no new connections, in-flight requests finish, database closed. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** An open database to use instead of the configured one (left open on stop). */
  database?: Database;
  /** Work to finish after the migrations and before the service takes requests (e.g. loading the demo). */
  prepare?: (database: Database) => Promise<void>;
}

/** Opens the database, applies pending migrations (unless disabled), runs `prepare`, listens. */
export async function startService(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningService> {
  const database =
    options.database ??
    (await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, poolMax: config.database.poolMax, statementTimeoutMs: config.database.statementTimeoutMs, logger }));
  if (config.database.migrateOnStart) {
    const applied = await database.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  }
  await options.prepare?.(database);
  const app = await createApp(config, database, logger);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, () => resolve());
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    url,
    database,
    app,
    stop() {
      stopping ??= (async () => {
        await app.stop();
        logger.info('HTTP server closed: in-flight requests finished');
        if (!options.database) {
          await database.close();
          logger.info('database closed');
        }
      })();
      return stopping;
    },
  };
}
