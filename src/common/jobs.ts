import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Registry } from 'prom-client';
import type { Config } from '../config';
import type { Context } from './context';

/** How long a run of a job may take before it counts as failed and is retried, unless its definition says otherwise. */
export const DEFAULT_JOB_EXPIRY_SECONDS = 300;

/** What a job handler is given besides its data. */
export interface JobEnvironment {
  dataSource: DataSource;
  log: Logger;
  config: Config;
  queue: JobQueue;
  /** The process's metrics registry (/metrics): handlers register their own series on it. */
  metrics: Registry;
}

/** One job as its handler sees it. */
export interface RunningJob<D> {
  id: string;
  name: string;
  data: D;
  /** Retries so far (0 on the first attempt) and how many are allowed. */
  retryCount: number;
  retryLimit: number;
}

/**
 * A kind of job a module runs: queued (`queue.send`) or scheduled (`cron`, UTC). A handler that
 * throws is retried after `retryDelaySeconds`, doubling with `retryBackoff`, `retryLimit` times;
 * then the job is failed and a copy goes to the dead-letter queue (`jobs` query, state FAILED).
 */
export interface JobDefinition<D = Record<string, unknown>> {
  name: string;
  /** A cron expression (UTC): the runner sends the job on that schedule, once across all instances. */
  cron?: (config: Config) => string | null;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /**
   * `stately`: at most one job of each singleton key waiting (and one running) at a time, so a
   * burst of sends coalesces; default `standard`.
   */
  policy?: 'standard' | 'stately';
  /** How long one run may take before it counts as failed (and is retried); {@link DEFAULT_JOB_EXPIRY_SECONDS} unless set. */
  expireInSeconds?: number;
  handler(job: RunningJob<D>, env: JobEnvironment): Promise<unknown>;
}

export interface SendOptions {
  /** Send in this unit of work's transaction: the job exists only if the transaction commits. */
  ctx?: Context;
  /** Do not run before this instant. */
  startAfter?: Date;
  /** At most one such job waiting in each window of this many seconds (later sends go to the next window). */
  debounceSeconds?: number;
  singletonKey?: string;
}

/** Sends jobs. When jobs are switched off (JOBS_ENABLED=false) sends are dropped and `enabled` is false. */
export interface JobQueue {
  readonly enabled: boolean;
  send(name: string, data: Record<string, unknown>, options?: SendOptions): Promise<string | null>;
}

const queues = new WeakMap<DataSource, JobQueue>();

const disabled: JobQueue = { enabled: false, send: async () => null };

/** The job queue of the service using `dataSource` (the disabled queue when none runs). */
export function jobQueue(dataSource: DataSource): JobQueue {
  return queues.get(dataSource) ?? disabled;
}

export function registerJobQueue(dataSource: DataSource, queue: JobQueue | null): void {
  if (queue) queues.set(dataSource, queue);
  else queues.delete(dataSource);
}

/** Work to run once the context's current unit of work has committed (nothing if it rolls back). */
export function afterCommit(ctx: Context, work: () => Promise<unknown>): void {
  if (ctx.afterCommit) ctx.afterCommit.push(work);
  else void work().catch((error: unknown) => ctx.log.warn({ err: error }, 'after-commit work failed'));
}
