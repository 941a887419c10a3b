import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Context } from '../common/context';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The `operation` label: clients choose operation names, so only valid GraphQL names of at most
 * `maxLength` characters count, and only the first `maxDistinct` of them; every other name is
 * `other`. A client sending random names cannot grow the series without bound.
 */
export class OperationLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly maxDistinct = 200,
    private readonly maxLength = 64,
  ) {}

  of(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.seen.has(name)) return name;
    if (name.length > this.maxLength || !GRAPHQL_NAME.test(name) || this.seen.size >= this.maxDistinct) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** Prometheus metrics of one process: GraphQL operations, errors by code, database pool. */
export class Metrics {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation name',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly monitoringCache = new Counter({
    name: 'monitoring_cache_lookups_total',
    help: 'Monitoring cache lookups (MONITORING_CACHE_ENTRIES): kept answers of codeStatus and complaintAnalysis served (hit), computed (miss) or awaited from a request computing the same (shared); whole responses served (hit) or found no longer current (stale)',
    labelNames: ['kind', 'result'] as const,
    registers: [this.registry],
  });

  private readonly operationLabel: OperationLabel;

  constructor(dataSource: DataSource, operationLabel = new OperationLabel()) {
    this.operationLabel = operationLabel;
    collectDefaultMetrics({ register: this.registry });
    // Gauges named like counters; each is the sum of its labelled gauge (`sum(nodejs_active_handles)`).
    for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) this.registry.removeSingleMetric(name);
    const pool = () => (dataSource.isInitialized ? ((dataSource.driver as unknown as { master?: PgPool }).master ?? null) : null);
    const gauge = (name: string, help: string, read: (p: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    gauge('db_pool_connections_open', 'Open database connections', (p) => p.totalCount);
    gauge('db_pool_connections_idle', 'Idle database connections', (p) => p.idleCount);
    gauge('db_pool_clients_waiting', 'Requests waiting for a database connection', (p) => p.waitingCount);
    gauge('db_pool_connections_max', 'Pool size limit', (p) => p.options?.max ?? 0);
  }

  /** Counts one lookup of the monitoring cache. */
  monitoringCacheLookup({ kind, result }: { kind: string; result: string }): void {
    this.monitoringCache.inc({ kind, result });
  }

  /** Apollo plugin that times every operation and counts its errors. */
  plugin(): ApolloServerPlugin<Context> {
    const metrics = this;
    return {
      async requestDidStart() {
        const end = metrics.duration.startTimer();
        return {
          async willSendResponse({ operationName, operation, response }) {
            const labels = { operation: metrics.operationLabel.of(operationName), type: operation?.operation ?? 'invalid' };
            end(labels);
            metrics.requests.inc(labels);
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            for (const e of errors ?? []) metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
          },
        };
      },
    };
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Guards /metrics with a bearer token when one is configured (401 otherwise); without a token the
 * endpoint is open and belongs on an internal network only.
 */
export function metricsAccess(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    // Compare digests in constant time: the token's length and prefix stay secret.
    if (given && timingSafeEqual(digest(given), expected)) return next();
    res.setHeader('www-authenticate', 'Bearer realm="metrics"');
    res.status(401).json({ errors: [{ message: 'Metrics require the bearer token', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}
