import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { startService } from '../src/server';
import { signToken } from '../src/auth/tokens';
import { Role } from '../src/auth/roles';
import { seedBenchDataset, type BenchDataset } from './dataset';
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
  const dataDir = path.join(process.cwd(), '.data', `bench-${Date.now()}`);
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.BENCH_DATABASE_URL,
    DATA_DIR: dataDir,
  });
  const service = await startService(config, pino({ level: 'silent' }));
  await service.ready;
  try {
    const dataset: BenchDataset = await seedBenchDataset(service.database.dataSource.manager);
    const token = await signToken(config.auth.secret!, {
      userId: dataset.userId,
      organizationSlug: dataset.organizationSlug,
      roles: [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER],
    });
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
    const out = path.join(process.cwd(), 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ database: service.database.kind, seconds, connections, dataset: dataset.summary, rows }, null, 2));
    // eslint-disable-next-line no-console
    console.log(`database: ${service.database.kind}; results written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await service.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  // eslint-disable-next-line no-console
  console.error(e);
  process.exit(1);
});
