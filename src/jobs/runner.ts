import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Config } from '../config';
import { DEFAULT_JOB_EXPIRY_SECONDS, registerJobQueue, type JobDefinition, type JobEnvironment, type JobQueue, type SendOptions } from '../common/jobs';

/** The queue that receives a copy of every job that failed all its retries: what operators look at. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

export interface JobRunner {
  queue: JobQueue;
  boss: PgBoss;
  schema: string;
  /** Stops fetching; running jobs get until `timeoutMs` to finish, then are failed (and so retried by another instance). */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * pg-boss reaches the database through the data source's own pool (`executeSql` below) rather than
 * a pool of its own: on the embedded database, that pool is the one connection there is, and every
 * pg-boss statement is short (it polls; it never LISTENs or holds a connection between
 * statements), so requests and jobs take turns on it. On PostgreSQL it shares the pool's budget
 * (DB_POOL_MAX) with requests.
 */
function poolAdapter(dataSource: DataSource): PgBoss.Db {
  return {
    executeSql: (text, values) => ((dataSource.driver as PostgresDriver).master as Pool).query(text, values),
  };
}

/** Starts pg-boss on the service's database, creates each definition's queue and schedule, and works them. */
export async function startJobRunner(options: {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  metrics: Registry;
  definitions: JobDefinition[];
}): Promise<JobRunner> {
  const { config, dataSource, definitions } = options;
  const log = options.logger.child({ component: 'jobs' });
  const settings = config.jobs;
  const boss = new PgBoss({
    db: poolAdapter(dataSource),
    schema: settings.schema,
    pollingIntervalSeconds: settings.pollIntervalMs / 1000,
    // Maintenance and the cron monitor run under advisory locks: one instance does each round.
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: 120,
    cronMonitorIntervalSeconds: 30,
    cronWorkerIntervalSeconds: 5,
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on('error', (error: Error) => log.warn({ err: error }, 'job runner error'));
  await boss.start();

  const finished = new Counter({
    name: 'jobs_finished_total',
    help: 'Job runs in this process by queue and result (completed, failed)',
    labelNames: ['queue', 'result'] as const,
    registers: [options.metrics],
  });
  const duration = new Histogram({
    name: 'job_duration_seconds',
    help: 'Duration of job runs in this process by queue',
    labelNames: ['queue'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
    registers: [options.metrics],
  });
  const schema = settings.schema;
  new Gauge({
    name: 'jobs_waiting',
    help: 'Jobs in the shared queue by queue and state (created, retry, active, failed), read at each scrape',
    labelNames: ['queue', 'state'] as const,
    registers: [options.metrics],
    async collect() {
      this.reset();
      const { rows } = await poolAdapter(dataSource).executeSql(
        `SELECT name, state, count(*)::int AS n FROM ${schema}.job WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
        [],
      );
      for (const row of rows as { name: string; state: string; n: number }[]) this.set({ queue: row.name, state: row.state }, row.n);
    },
  });

  const queue: JobQueue = {
    enabled: true,
    async send(name: string, data: Record<string, unknown>, sendOptions: SendOptions = {}) {
      const { ctx, debounceSeconds, singletonKey, startAfter } = sendOptions;
      const db: PgBoss.Db | undefined = ctx ? { executeSql: (text, values) => ctx.db.query(text, values).then((rows: unknown[]) => ({ rows })) } : undefined;
      const jobOptions: PgBoss.SendOptions & { db?: PgBoss.Db } = { ...(db ? { db } : {}), ...(singletonKey ? { singletonKey } : {}), ...(startAfter ? { startAfter } : {}) };
      if (debounceSeconds) return boss.sendDebounced(name, data, jobOptions, debounceSeconds, singletonKey ?? name);
      return boss.send(name, data, jobOptions);
    },
  };
  const environment: JobEnvironment = { dataSource, log, config, queue, metrics: options.metrics };

  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE });
  for (const definition of definitions) {
    const queueOptions = {
      name: definition.name,
      policy: definition.policy ?? 'standard',
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: definition.retryDelaySeconds ?? 30,
      retryBackoff: definition.retryBackoff ?? true,
      expireInSeconds: definition.expireInSeconds ?? DEFAULT_JOB_EXPIRY_SECONDS,
      deadLetter: DEAD_LETTER_QUEUE,
    };
    // A queue's settings follow the code: created on first start, updated on later ones.
    if (await boss.getQueue(definition.name)) await boss.updateQueue(definition.name, queueOptions);
    else await boss.createQueue(definition.name, queueOptions);
    const cron = definition.cron?.(config) ?? null;
    if (cron) await boss.schedule(definition.name, cron, {}, { tz: 'UTC' });
    else await boss.unschedule(definition.name);
  }
  if (settings.work) {
    for (const definition of definitions) {
      await boss.work(definition.name, { includeMetadata: true, batchSize: 1 }, async ([job]: PgBoss.JobWithMetadata<Record<string, unknown>>[]) => {
        const end = duration.startTimer({ queue: definition.name });
        const jobLog = log.child({ job: job.id, queue: definition.name, retry: job.retryCount });
        try {
          const result = await definition.handler(
            { id: job.id, name: job.name, data: job.data ?? {}, retryCount: job.retryCount, retryLimit: job.retryLimit },
            { ...environment, log: jobLog },
          );
          finished.inc({ queue: definition.name, result: 'completed' });
          return result;
        } catch (error) {
          finished.inc({ queue: definition.name, result: 'failed' });
          jobLog.warn({ err: error }, job.retryCount >= job.retryLimit ? 'job failed for the last time: moved to the dead-letter queue' : 'job failed; it will be retried');
          throw error;
        } finally {
          end();
        }
      });
    }
  }
  registerJobQueue(dataSource, queue);
  log.info({ queues: definitions.map((d) => d.name), working: settings.work }, 'job runner started');
  let stopping: Promise<void> | undefined;
  return {
    queue,
    boss,
    schema,
    stop(timeoutMs: number) {
      stopping ??= (async () => {
        registerJobQueue(dataSource, null);
        const stopped = new Promise<void>((resolve) => boss.once('stopped', () => resolve()));
        await boss.stop({ graceful: true, wait: true, timeout: Math.max(timeoutMs, 1000), close: false });
        await stopped;
        // pg-boss lets go of its stopped workers on its next one-second tick: wait for it, so that
        // nothing of the runner is left running once stop resolves.
        if (settings.work) await sleep(1100);
        log.info('job runner stopped: running jobs finished or released');
      })();
      return stopping;
    },
  };
}
