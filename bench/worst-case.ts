import 'reflect-metadata';
import { parse } from 'graphql';
import { createSchema } from '../src/schema';
import { queryCost } from '../src/common/query-cost';
import { seedBenchDataset, type BenchDataset } from './dataset';
import { benchToken, runBenchmark, startBenchService, writeResult } from './harness';

/** A query shape whose page sizes grow with `n`; the bench runs the largest `n` the cost limit accepts. */
interface Shape {
  name: string;
  query: (n: number, d: BenchDataset) => string;
}

const shapes: Shape[] = [
  {
    name: 'complaints → promises → complaints',
    query: (n) => `{ complaints(first: 20) { edges { node { id reference subject promises { key title
      complaints(first: ${n}) { totalCount edges { node { id reference subject status receivedAt } } } } } } } }`,
  },
  {
    name: 'complaints with everything',
    query: (n) => `{ complaints(first: ${n}) { totalCount edges { node { id reference subject description status categories receivedAt isOverdue
      complainant { name email } handler { name } registeredBy { name } timeline { at from to note actor { name } }
      promises { key title text } correctiveActions(first: 5) { edges { node { id title status dueOn } } } } } } }`,
  },
  {
    name: 'promises → complaints → actions',
    query: (n, d) => `{ code(id: "${d.codeId}") { key versions(first: 2) { edges { node { version promises { key
      complaints(first: ${n}) { totalCount edges { node { id reference correctiveActions(first: 3) { totalCount edges { node { id title } } } } } }
      correctiveActions(first: 10) { edges { node { id title complaints(first: 3) { totalCount } } } } } } } } } }`,
  },
  {
    name: 'audit trail page',
    query: (n) => `{ auditEvents(first: ${n}) { totalCount edges { node { id action entityType entityId at changes actorId actorRoles requestId } } } }`,
  },
];

/** The fan-out: must be refused. */
const FAN_OUT = `{ complaints(first: 20) { edges { node { promises { complaints { edges { node { promises { complaints { edges { node { id } } } } } } } } } } } }`;

/**
 * Worst accepted queries: on the bench dataset (BENCH_COMPLAINTS complaints, default 5000), finds
 * for each shape the largest page size the default cost limit accepts, runs it a few times over
 * HTTP and reports cost, wall time, response size and the process's peak RSS and heap while it ran
 * (the service runs in this process). Also shows the fan-out is refused.
 *
 *   npm run bench:worst
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npm run bench:worst
 */
async function main(): Promise<void> {
  const bench = await startBenchService('bench-worst');
  const { service, config } = bench;
  try {
    const complaints = Number(process.env.BENCH_COMPLAINTS ?? 5000);
    const dataset = await service.database.dataSource.transaction(async (manager) => {
      if (service.database.kind === 'postgres') await manager.query('SET LOCAL statement_timeout = 0');
      return seedBenchDataset(manager, { complaints, complaintEveryMinutes: 60 });
    });
    const token = await benchToken(config, dataset);
    const schema = await createSchema();
    const cost = (query: string) => queryCost(schema, { document: parse(query) });
    const post = async (query: string) => {
      const res = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, text: await res.text() };
    };

    const rows: Record<string, unknown>[] = [];
    const refused = await post(FAN_OUT);
    rows.push({ shape: 'issue fan-out (first: 20)', n: '-', cost: cost(FAN_OUT), status: refused.status, code: /"code":"(\w+)"/.exec(refused.text)?.[1] });
    for (const shape of shapes) {
      let n = 1;
      for (let lo = 1, hi = 100; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        if (cost(shape.query(mid, dataset)) <= config.limits.maxCost) (n = mid), (lo = mid + 1);
        else hi = mid - 1;
      }
      const query = shape.query(n, dataset);
      global.gc?.();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }, 5);
      const times: number[] = [];
      let result = { status: 0, text: '' };
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        result = await post(query);
        times.push(performance.now() - start);
      }
      clearInterval(sampler);
      if (result.status !== 200 || result.text.includes('"errors"')) throw new Error(`${shape.name} fails: ${result.status} ${result.text.slice(0, 300)}`);
      rows.push({
        shape: shape.name,
        n,
        cost: cost(query),
        status: result.status,
        'median ms': Math.round(times.sort((a, b) => a - b)[1]),
        'max ms': Math.round(times[2]),
        'response KB': Math.round(result.text.length / 1024),
        'peak RSS MB': Math.round(peakRss / 2 ** 20),
        'peak heap MB': Math.round(peakHeap / 2 ** 20),
        'heap growth MB': Math.round((peakHeap - before.heapUsed) / 2 ** 20),
      });
    }
    // eslint-disable-next-line no-console
    console.table(rows);
    const file = writeResult('worst', { database: service.database.kind, maxCost: config.limits.maxCost, complaints, rows });
    // eslint-disable-next-line no-console
    console.log(`database: ${service.database.kind}; GRAPHQL_MAX_COST ${config.limits.maxCost}; ${complaints} complaints; results written to ${file}`);
  } finally {
    await bench.stop();
  }
}

runBenchmark(main);
