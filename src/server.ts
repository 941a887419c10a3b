import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Config } from './config';
import { definePostgresDatabase, openDatabase, type Database } from './db/database';
import { isConnectionError } from './common/database-errors';
import { entities, jobs as jobDefinitions } from './modules';
import { createApp, type App } from './app';
import { startJobRunner, type JobRunner } from './jobs/runner';
import { setServiceConfig } from './common/service-config';

export interface RunningService {
  url: string;
  database: Database;
  app: App;
  /** The job runner, once started (after `ready`); absent when JOBS_ENABLED=false. */
  jobs?: JobRunner;
  /**
   * Settles once the database is connected, migrated and prepared (`/readyz` then answers 200).
   * Rejects on a failure that waiting cannot cure (a failing migration, a wrong password).
   */
  ready: Promise<void>;
  /** Graceful stop: no new connections, in-flight requests finish, database closed. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** An open database to use instead of the configured one (left open on stop). */
  database?: Database;
  /** Work to finish after the migrations and before the service takes requests (e.g. loading the demo). */
  prepare?: (database: Database) => Promise<void>;
}

/** The wait before attempt `attempt + 1`: doubling from `initialMs`, capped at `maxMs`, with jitter so instances spread out. */
export function retryDelay(attempt: number, retry: Config['database']['connectRetry']): number {
  const capped = Math.min(retry.maxMs, retry.initialMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(capped / 2 + (Math.random() * capped) / 2);
}

/**
 * Connects, applies pending migrations (unless disabled) and runs `prepare`, until it succeeds:
 * a database that cannot be reached yet is tried again after a capped exponential wait. Migrations
 * (each in its own transaction) and the idempotent seeds are safe to run again after a cut.
 */
async function bringUp(config: Config, database: Database, logger: Logger, prepare: StartOptions['prepare'], signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await database.connect();
      if (config.database.migrateOnStart) {
        const applied = await database.dataSource.runMigrations({ transaction: 'each' });
        if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      }
      await prepare?.(database);
      database.ready = true;
      return;
    } catch (error) {
      if (signal.aborted) throw error;
      if (!isConnectionError(error)) {
        logger.fatal({ err: error }, 'database preparation failed');
        throw error;
      }
      const delayMs = retryDelay(attempt, config.database.connectRetry);
      logger.warn({ err: error, attempt, retryInMs: delayMs }, 'database not reachable; retrying');
      await sleep(delayMs, undefined, { signal });
    }
  }
}

/**
 * Listens first (so `/healthz` answers at once and `/readyz` tells the truth), then brings the
 * database up in the background: GraphQL and report requests get 503 SERVICE_UNAVAILABLE until
 * `ready` settles. PGlite is local and opens before listening.
 */
export async function startService(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningService> {
  const { dataDir, poolMax, statementTimeoutMs, preparedStatements } = config.database;
  const settings = { entities, url: config.database.url, dataDir, poolMax, statementTimeoutMs, preparedStatements, logger };
  const database =
    options.database ?? (settings.url ? definePostgresDatabase({ ...settings, url: settings.url }) : await openDatabase(settings));
  database.ready = false;
  setServiceConfig(database.dataSource, config);
  const app = await createApp(config, database, logger);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, () => resolve());
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  const abort = new AbortController();
  const service: RunningService = { url, database, app, ready: undefined!, stop: undefined! };
  // The job runner starts once the database is ready (its tables are created by pg-boss itself).
  const ready = bringUp(config, database, logger, options.prepare, abort.signal).then(async () => {
    if (!config.jobs.enabled || abort.signal.aborted) return;
    service.jobs = await startJobRunner({ config, dataSource: database.dataSource, logger, metrics: app.metrics.registry, definitions: jobDefinitions });
  });
  // The caller may never await `ready` (a stop during start): a rejection here is not unhandled.
  ready.catch(() => undefined);
  let stopping: Promise<void> | undefined;
  return Object.assign(service, {
    ready,
    stop() {
      stopping ??= (async () => {
        abort.abort();
        await ready.catch(() => undefined);
        // Requests finish while running jobs finish (or, past the timeout, are released for a retry).
        await Promise.all([app.stop(), service.jobs?.stop(config.shutdownTimeoutMs / 2)]);
        logger.info('HTTP server closed: in-flight requests finished');
        if (!options.database) {
          await database.close();
          logger.info('database closed');
        }
      })();
      return stopping;
    },
  });
}
