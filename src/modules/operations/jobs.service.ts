import type { Context } from '../../common/context';
import { serviceConfig } from '../../common/service-config';
import { jobQueue } from '../../common/jobs';
import { JobState, type Job, type JobQueueStatus, type JobsArgs, type JobsOverview } from './jobs.types';

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+/g;

/** The job runner's queues and jobs, read from its tables (pg-boss, schema JOBS_SCHEMA). */
export class JobsService {
  static async overview(ctx: Context, args: JobsArgs): Promise<JobsOverview> {
    const config = serviceConfig(ctx.dataSource);
    const enabled = jobQueue(ctx.dataSource).enabled;
    if (!config || !enabled) return { enabled: false, queues: [], jobs: [] };
    const schema = config.jobs.schema;
    const counts = (await ctx.db.query(
      `SELECT q.name, count(j.id) FILTER (WHERE j.state = 'created')::int AS waiting, count(j.id) FILTER (WHERE j.state = 'retry')::int AS retrying,
              count(j.id) FILTER (WHERE j.state = 'active')::int AS active, count(j.id) FILTER (WHERE j.state = 'completed')::int AS completed,
              count(j.id) FILTER (WHERE j.state = 'failed')::int AS failed
         FROM ${schema}.queue q LEFT JOIN ${schema}.job j ON j.name = q.name
        GROUP BY q.name ORDER BY q.name`,
    )) as JobQueueStatus[];
    const rows = (await ctx.db.query(
      `SELECT id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, output
         FROM ${schema}.job WHERE state = $1 AND ($2::text IS NULL OR name = $2) ORDER BY created_on DESC, id LIMIT $3`,
      [args.state, args.queue ?? null, args.first],
    )) as { id: string; name: string; state: JobState; retry_count: number; retry_limit: number; created_on: Date; started_on: Date | null; completed_on: Date | null; output: { message?: unknown } | null }[];
    const jobs: Job[] = rows.map((r) => ({
      id: r.id,
      queue: r.name,
      state: r.state,
      retryCount: r.retry_count,
      retryLimit: r.retry_limit,
      createdAt: r.created_on,
      startedAt: r.started_on,
      completedAt: r.completed_on,
      error: r.state === JobState.FAILED || r.state === JobState.RETRY ? String(r.output?.message ?? '').replace(EMAIL, '<address>').slice(0, 500) || null : null,
    }));
    return { enabled: true, queues: counts, jobs };
  }
}
