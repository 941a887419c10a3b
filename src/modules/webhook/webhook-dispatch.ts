import http from 'node:http';
import https from 'node:https';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { JobDefinition, JobEnvironment } from '../../common/jobs';
import { runOutsideRequest } from '../../common/unit-of-work';
import { recordAudit } from '../../common/audit-trail';
import type { Config } from '../../config';
import { guardedLookup, urlProblem } from './webhook-address';
import { signWebhook } from './webhook-signature';
import { DISPATCH_JOB } from './webhook-outbox';

/** Deliveries claimed per round; a round sends them in parallel (they belong to different entities). */
const BATCH = 20;
const ROUNDS = 10;
const RESPONSE_LIMIT = 64 * 1024;

interface Claimed {
  id: string;
  organization_id: string;
  subscription_id: string;
  message_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const metricsOf = new WeakMap<Registry, { deliveries: Counter<'result'>; duration: Histogram }>();

function deliveryMetrics(registry: Registry) {
  let metrics = metricsOf.get(registry);
  if (!metrics) {
    metrics = {
      deliveries: new Counter({ name: 'webhook_deliveries_total', help: 'Webhook delivery attempts by result (delivered, retry, failed)', labelNames: ['result'] as const, registers: [registry] }),
      duration: new Histogram({ name: 'webhook_delivery_duration_seconds', help: 'Duration of webhook delivery attempts', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    };
    metricsOf.set(registry, metrics);
  }
  return metrics;
}

/** The rows of `UPDATE … RETURNING` (TypeORM answers `[rows, affected]` for an UPDATE). */
function returned<T>(result: unknown): T[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? (result[0] as T[]) : (result as T[]);
}

/** The wait before attempt `attempts + 1`: doubling from the base, capped. */
export function webhookRetryDelayMs(attempts: number, settings: Config['webhooks']): number {
  return Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.min(attempts - 1, 30));
}

/**
 * Claims due deliveries: PENDING and due, or DELIVERING past their lease (the instance sending it
 * stopped), of enabled subscriptions, and only the oldest unfinished one of each subscription and
 * entity, so that an entity's events arrive in order. `FOR UPDATE SKIP LOCKED` gives each row to
 * one instance; the claim itself commits before anything is sent.
 */
async function claim(env: JobEnvironment): Promise<Claimed[]> {
  const lease = Math.ceil((env.config.webhooks.timeoutMs * 2) / 1000);
  return returned<Claimed>(await env.dataSource.query(
    `UPDATE webhook_delivery d
        SET status = 'DELIVERING', attempts = d.attempts + 1, lease_until = clock_timestamp() + make_interval(secs => $2)
       FROM webhook_subscription s
      WHERE s.id = d.subscription_id
        AND d.id IN (
          SELECT c.id FROM webhook_delivery c JOIN webhook_subscription cs ON cs.id = c.subscription_id AND cs.enabled
           WHERE c.status IN ('PENDING', 'DELIVERING')
             AND ((c.status = 'PENDING' AND c.next_attempt_at <= clock_timestamp()) OR (c.status = 'DELIVERING' AND c.lease_until < clock_timestamp()))
             AND NOT EXISTS (
               SELECT 1 FROM webhook_delivery e
                WHERE e.subscription_id = c.subscription_id AND e.stream_key = c.stream_key AND e.sequence < c.sequence AND e.status IN ('PENDING', 'DELIVERING'))
           ORDER BY c.sequence
           LIMIT $1
           FOR UPDATE OF c SKIP LOCKED)
      RETURNING d.id, d.organization_id, d.subscription_id, d.message_id, d.payload, d.attempts, s.url, s.secret`,
    [BATCH, lease],
  ));
}

/** POSTs one signed message; never throws (a failure is an outcome). */
function post(env: JobEnvironment, delivery: Claimed): Promise<Outcome> {
  const settings = env.config.webhooks;
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): Outcome => ({ statusCode, error, durationMs: Date.now() - started });
  const problem = urlProblem(delivery.url, settings.allowPrivateAddresses);
  if (problem) return Promise.resolve(done(null, `URL ${problem}`));
  const body = JSON.stringify(delivery.payload);
  const url = new URL(delivery.url);
  const headers = { 'content-type': 'application/json', 'user-agent': 'code-of-conduct-service-webhooks', ...signWebhook(delivery.secret, delivery.message_id, new Date(), body) };
  return new Promise((resolve) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, lookup: guardedLookup(settings.allowPrivateAddresses) as never, timeout: settings.timeoutMs },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > RESPONSE_LIMIT) response.destroy();
        });
        response.on('close', () => {
          const code = response.statusCode ?? null;
          resolve(done(code, code !== null && code >= 200 && code < 300 ? null : `HTTP ${code}`));
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${settings.timeoutMs} ms`)));
    request.on('error', (error) => resolve(done(null, error.message.slice(0, 500))));
    request.end(body);
  });
}

/** Records an attempt: the log row, the delivery's state, the subscription's failure count (and disables it past the limit). */
async function record(env: JobEnvironment, delivery: Claimed, outcome: Outcome): Promise<'delivered' | 'retry' | 'failed'> {
  const settings = env.config.webhooks;
  const delivered = outcome.error === null;
  const final = !delivered && delivery.attempts >= settings.maxAttempts;
  const scope = { dataSource: env.dataSource, log: env.log, requestId: `job:${DISPATCH_JOB}`, user: null };
  await runOutsideRequest(scope, { requireAudit: false }, async (ctx) => {
    await ctx.db.query(
      `INSERT INTO webhook_attempt (organization_id, delivery_id, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`,
      [delivery.organization_id, delivery.id, outcome.statusCode, outcome.error, outcome.durationMs],
    );
    await ctx.db.query(
      `UPDATE webhook_delivery
          SET status = $2, last_status_code = $3, last_error = $4, lease_until = NULL,
              delivered_at = CASE WHEN $2 = 'DELIVERED' THEN clock_timestamp() ELSE delivered_at END,
              next_attempt_at = CASE WHEN $2 = 'PENDING' THEN clock_timestamp() + make_interval(secs => $5) ELSE NULL END
        WHERE id = $1`,
      [delivery.id, delivered ? 'DELIVERED' : final ? 'FAILED' : 'PENDING', outcome.statusCode, outcome.error, webhookRetryDelayMs(delivery.attempts, settings) / 1000],
    );
    if (delivered) {
      await ctx.db.query(`UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`, [delivery.subscription_id]);
      return;
    }
    const [subscription] = returned<{ consecutive_failures: number; enabled: boolean }>(
      await ctx.db.query(`UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1 WHERE id = $1 RETURNING consecutive_failures, enabled`, [
        delivery.subscription_id,
      ]),
    );
    if (subscription.enabled && subscription.consecutive_failures >= settings.disableAfterFailures) {
      const reason = `disabled after ${subscription.consecutive_failures} failed attempts in a row (last: ${outcome.error})`;
      await ctx.db.query(`UPDATE webhook_subscription SET enabled = false, disabled_reason = $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1`, [
        delivery.subscription_id,
        reason,
      ]);
      await recordAudit(ctx, delivery.organization_id, {
        action: 'WebhookSubscription.disabled',
        entityType: 'WebhookSubscription',
        entityId: delivery.subscription_id,
        changes: { enabled: { from: true, to: false }, disabledReason: { to: reason } },
      });
      env.log.warn({ subscription: delivery.subscription_id }, 'webhook subscription disabled after repeated failures');
    }
  });
  return delivered ? 'delivered' : final ? 'failed' : 'retry';
}

/** Sends what is due, then makes sure a run is queued for the next retry that falls due. */
async function dispatch(env: JobEnvironment): Promise<{ delivered: number; failed: number }> {
  const metrics = deliveryMetrics(env.metrics);
  let delivered = 0;
  let failed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const claimed = await claim(env);
    if (!claimed.length) break;
    await Promise.all(
      claimed.map(async (delivery) => {
        const end = metrics.duration.startTimer();
        const outcome = await post(env, delivery);
        end();
        const result = await record(env, delivery, outcome);
        metrics.deliveries.inc({ result });
        if (result === 'delivered') delivered++;
        else failed++;
      }),
    );
  }
  const [next] = (await env.dataSource.query(
    `SELECT min(CASE WHEN d.status = 'PENDING' THEN d.next_attempt_at ELSE d.lease_until END) AS due
       FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id AND s.enabled
      WHERE d.status IN ('PENDING', 'DELIVERING')`,
  )) as [{ due: Date | null }];
  if (next?.due) await env.queue.send(DISPATCH_JOB, {}, { singletonKey: 'retry', startAfter: new Date(Math.max(next.due.getTime(), Date.now())) });
  return { delivered, failed };
}

/**
 * Webhook deliveries: queued after each change that wrote outbox rows (`nudge`), at the next retry
 * (`retry`) and every minute as a sweep. The queue is stately: at most one run of each kind waits.
 */
export const dispatchJob: JobDefinition = {
  name: DISPATCH_JOB,
  cron: () => '* * * * *',
  policy: 'stately',
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 600,
  handler: (_job, env) => dispatch(env),
};
