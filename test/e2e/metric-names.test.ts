import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';
import { startTestApp, type TestApp } from '../support/app';
import { graphql } from '../graphql';

let app: TestApp;
let families: MetricFamily[];

beforeAll(async () => {
  app = await startTestApp();
  // One operation and one error, so that the labelled families have samples.
  await app.anonymous.request(graphql(`query MetricsNames { __typename }`), {});
  // An unknown field on purpose: sent as written.
  await app.anonymous.raw('query Broken { nothingHere }');
  const res = await fetch(`${app.url}/metrics`);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  families = parsePrometheusTextFormat(await res.text());
});

afterAll(async () => {
  await app?.close();
});

/** Units other than the base ones (seconds, bytes), as a word of a metric name. */
const NON_BASE_UNITS = /(^|_)(ms|us|ns|millis|milliseconds|microseconds|nanoseconds|minutes|hours|days|kb|mb|gb|kilobytes|megabytes|gigabytes|bits|percent)(_|$)/;
const UNITS = ['seconds', 'bytes'];

/** The Prometheus naming rules a family breaks (https://prometheus.io/docs/practices/naming/). */
function violations({ name, type, help }: MetricFamily): string[] {
  const found: string[] = [];
  if (!/^[a-z][a-z0-9_]*$/.test(name) || name.includes('__')) found.push('not snake_case');
  if (type === 'UNTYPED') found.push('untyped');
  if (!help.trim()) found.push('no help text');
  if (type === 'COUNTER' && !name.endsWith('_total')) found.push('counter without _total');
  if (type !== 'COUNTER' && name.endsWith('_total')) found.push(`${type.toLowerCase()} ending in _total`);
  if (NON_BASE_UNITS.test(name)) found.push('unit not in base units');
  const base = name.replace(/_total$/, '');
  for (const unit of UNITS) {
    if (base.includes(`_${unit}_`)) found.push(`unit _${unit} not the suffix`);
  }
  if ((type === 'HISTOGRAM' || type === 'SUMMARY') && !UNITS.some((u) => base.endsWith(`_${u}`))) found.push(`${type.toLowerCase()} without a unit suffix`);
  if (/(^|_)(duration|latency|lag|time|size|memory)(_|$)/.test(base) && !UNITS.some((u) => base.endsWith(`_${u}`)) && !base.endsWith('_info')) found.push('measures time or size without a unit suffix');
  return found;
}

describe('/metrics', () => {
  it('follows the Prometheus naming conventions in every metric family', () => {
    expect(families.length).toBeGreaterThan(20);
    const broken = families.map((f) => ({ name: f.name, type: f.type, violations: violations(f) })).filter((f) => f.violations.length);
    expect(broken).toEqual([]);
  });

  it('exposes the service metrics under their names, types and units', () => {
    const typeOf = Object.fromEntries(families.map((f) => [f.name, f.type]));
    expect(typeOf).toMatchObject({
      graphql_requests_total: 'COUNTER',
      graphql_errors_total: 'COUNTER',
      graphql_request_duration_seconds: 'HISTOGRAM',
      db_pool_connections_open: 'GAUGE',
      db_pool_connections_idle: 'GAUGE',
      db_pool_connections_max: 'GAUGE',
      db_pool_clients_waiting: 'GAUGE',
      process_cpu_seconds_total: 'COUNTER',
      process_resident_memory_bytes: 'GAUGE',
    });
    // The old names are gone: a gauge is not a `_total`.
    expect(Object.keys(typeOf).filter((n) => ['db_pool_connections_total', 'nodejs_active_handles_total'].includes(n))).toEqual([]);
    const errors = families.find((f) => f.name === 'graphql_errors_total');
    expect(errors?.metrics).toEqual(expect.arrayContaining([expect.objectContaining({ labels: { code: 'GRAPHQL_VALIDATION_FAILED' } })]));
  });

  it('recognises a misnamed family (the checks can fail)', () => {
    const family = (name: string, type: MetricFamily['type']): MetricFamily => ({ name, type, help: 'h', metrics: [] });
    expect(violations(family('db_pool_connections_total', 'GAUGE'))).toEqual(['gauge ending in _total']);
    expect(violations(family('requests', 'COUNTER'))).toEqual(['counter without _total']);
    expect(violations(family('request_duration_ms', 'HISTOGRAM'))).toEqual(['unit not in base units', 'histogram without a unit suffix', 'measures time or size without a unit suffix']);
    expect(violations(family('heap_bytes_used', 'GAUGE'))).toEqual(['unit _bytes not the suffix']);
  });
});
