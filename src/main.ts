// First: tracing patches http, express, graphql and pg as they load (when OTEL_* configures an exporter).
import './observability/start-tracing';
import 'reflect-metadata';
import { limitHeapGrowth } from './observability/heap';
import { loadConfig } from './config';
import { createLogger } from './observability/logger';
import { stopTracing } from './observability/tracing';
import { startService } from './server';
import { seedAll } from '../seeds';
import type { Database } from './db/database';

/** Process entry point: start, and stop gracefully on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  limitHeapGrowth();
  const config = loadConfig();
  const logger = createLogger(config);
  const started = Date.now();
  // Done before the service is ready, so /readyz answers 200 only once the demo is loaded. PGlite has
  // no autovacuum daemon: refresh the planner's statistics after migrations and seeds.
  const prepare = async (database: Database) => {
    if (config.seedDemo) await seedAll(database.dataSource, logger);
    if (database.kind === 'pglite') await database.dataSource.query('ANALYZE');
  };
  const service = await startService(config, logger, { prepare });
  logger.info({ url: service.url }, 'listening; /healthz answers, /readyz once the database is ready');
  let shuttingDown = false;
  function shutdown(signal: string, exitCode = 0): void {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    service
      .stop()
      .then(() => stopTracing().catch((error: unknown) => logger.warn({ err: error }, 'buffered spans not exported')))
      .then(() => {
        logger.info('stopped');
        process.exit(exitCode);
      })
      .catch((error) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  service.ready.then(
    () => {
      logger.info(
        { url: `${service.url}/graphql`, database: service.database.kind, dataDir: service.database.kind === 'pglite' ? config.database.dataDir : undefined, startupMs: Date.now() - started },
        'service ready',
      );
      if (!config.isProduction) {
        logger.info('development token: npm run token -- --org demo --roles QUALITY_MANAGER (then send "Authorization: Bearer <token>")');
      }
    },
    // Logged by startService: a failure that waiting cannot cure ends the process.
    () => shutdown('database preparation failed', 1),
  );
}

main().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
