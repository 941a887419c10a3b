import 'reflect-metadata';
import autocannon from 'autocannon';
import { seedBenchDataset, type BenchDataset } from './dataset';
import { benchToken, runBenchmark, startBenchService, writeResult } from './harness';
import { scenarios } from './scenarios';

/**
 * Load benchmark: starts the service in-process on a fresh database (embedded PGlite, or
 * PostgreSQL with BENCH_DATABASE_URL), loads a dataset, then drives each scenario with autocannon
 * over loopback HTTP. Every scenario is reported next to the baselines measured in the same run
 * (`GET /healthz`: the HTTP stack; `{ __typename }`: GraphQL with authentication).
 *
 *   npm run bench                       all scenarios, 10 s each, 10 connections
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=20 npm run bench
 *   npm run bench -- users codeStatus   only these scenarios (baselines always run)
 */
async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const only = process.argv.slice(2);
  const bench = await startBenchService('bench');
  const { service, config } = bench;
  try {
    const dataset: BenchDataset = await seedBenchDataset(service.database.dataSource.manager);
    const token = await benchToken(config, dataset);
    const selected = scenarios.filter((s) => s.baseline || only.length === 0 || only.includes(s.name));
    const rows: Record<string, unknown>[] = [];
    let baselineRps = 0;
    for (const scenario of selected) {
      const body = scenario.query ? JSON.stringify({ query: scenario.query, variables: scenario.variables?.(dataset) ?? {} }) : undefined;
      const check = await fetch(`${service.url}${scenario.path ?? '/graphql'}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const text = await check.text();
      if (check.status !== 200 || text.includes('"errors"')) throw new Error(`${scenario.name} fails: ${check.status} ${text.slice(0, 300)}`);
      const result = await autocannon({
        url: `${service.url}${scenario.path ?? '/graphql'}`,
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        connections,
        duration: seconds,
      });
      if (scenario.name === 'graphql-typename') baselineRps = result.requests.average;
      rows.push({
        scenario: scenario.name,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p97.5 ms': result.latency.p97_5,
        'p99 ms': result.latency.p99,
        errors: result.errors + result.non2xx,
        'vs GraphQL baseline': baselineRps ? `${((result.requests.average / baselineRps) * 100).toFixed(0)} %` : '',
      });
    }
    // eslint-disable-next-line no-console
    console.table(rows);
    const file = writeResult('bench', { database: service.database.kind, seconds, connections, dataset: dataset.summary, rows });
    // eslint-disable-next-line no-console
    console.log(`database: ${service.database.kind}; results written to ${file}`);
  } finally {
    await bench.stop();
  }
}

runBenchmark(main);
