import 'reflect-metadata';
import autocannon from 'autocannon';
import { seedBenchDataset } from './dataset';
import { benchToken, runBenchmark, startBenchService, writeResult } from './harness';

/**
 * Soak test: starts the service in-process on a fresh database (embedded PGlite, or PostgreSQL
 * with BENCH_DATABASE_URL), loads the bench dataset, then drives a fixed mix of reads and writes at a
 * fixed concurrency for a fixed time over loopback HTTP. Reports throughput, p50/p99 latency,
 * answers by HTTP status and GraphQL error code, and the process's resident memory before the
 * load, at 20 s and at the end (service and load generator share the process).
 *
 *   npm run soak                                   60 s, 10 connections, embedded PGlite
 *   BENCH_DATABASE_URL=postgres://… npm run soak   on PostgreSQL (a database of its own: it adds rows)
 *   SOAK_SECONDS=300 SOAK_CONNECTIONS=20 npm run soak
 */

interface Operation {
  name: string;
  /** Sent without a token (the public operations). */
  anonymous?: boolean;
  query: string;
  variables: () => Record<string, unknown>;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<void> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  const connections = Number(process.env.SOAK_CONNECTIONS ?? 10);
  // Every request comes from one address for one organisation: the public budgets would refuse the load itself.
  const bench = await startBenchService('soak', {
    RATE_LIMIT_READS_PER_ADDRESS: '0',
    RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: '0',
    RATE_LIMIT_READS_PER_ORGANIZATION: '0',
    RATE_LIMIT_SUBMISSIONS_PER_ORGANIZATION: '0',
  });
  const { service, config } = bench;
  try {
    const dataset = await seedBenchDataset(service.database.dataSource.manager);
    const token = await benchToken(config, dataset);
    let n = 0;
    const dashboard: Operation = {
      name: 'codeStatus dashboard',
      query: `query CodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status promises { promise { key } status
        kpis { name status } complaints { received open overdue } correctiveActions { open overdue } } } }`,
      variables: () => ({ codeId: dataset.codeId }),
    };
    const counts: Operation = { name: 'complaintCounts dashboard', query: '{ complaintCounts { total unresolved unresolvedOverdue byStatus { status count } } }', variables: () => ({}) };
    const list: Operation = {
      name: 'complaint list',
      query: `query List($status: [ComplaintStatus!]) { complaints(first: 20, status: $status) { totalCount
        edges { node { id reference status subject receivedAt isOverdue promises { key } handler { name } } } pageInfo { endCursor } } }`,
      variables: () => ({ status: n % 2 ? ['RECEIVED', 'IN_PROGRESS'] : null }),
    };
    const register: Operation = {
      name: 'registerComplaint',
      query: `mutation Register($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference acknowledgementDueAt } }`,
      variables: () => ({ input: { channel: 'PHONE', subject: `Soak ${++n}`, description: 'Gebeld over de hoogte van de kosten', categories: ['FINANCIAL'] } }),
    };
    const publicCode: Operation = {
      name: 'publishedCode (public)',
      anonymous: true,
      query: `query Public($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) { title currentVersion { version promises { key title text } } } }`,
      variables: () => ({ slug: dataset.organizationSlug, key: 'klantbeloften' }),
    };
    const submit: Operation = {
      name: 'submitComplaint (public)',
      anonymous: true,
      query: `mutation Submit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`,
      variables: () => ({ slug: dataset.organizationSlug, input: { subject: `Formulier ${++n}`, description: 'Ik ben het niet eens met de rekening', complainant: { name: 'K. Lant', email: 'k.lant@example.nl' } } }),
    };
    // One cycle per connection: 7 reads, 3 writes.
    const cycle = [dashboard, list, publicCode, register, counts, list, submit, dashboard, publicCode, register];

    const answers: Record<string, number> = {};
    const byOperation: Record<string, Record<string, number>> = {};
    const count = (operation: string, outcome: string) => {
      answers[outcome] = (answers[outcome] ?? 0) + 1;
      const own = (byOperation[operation] ??= {});
      own[outcome] = (own[outcome] ?? 0) + 1;
    };
    const requests = cycle.map((op) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...(op.anonymous ? {} : { authorization: `Bearer ${token}` }) },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify({ query: op.query, variables: op.variables() }) }),
      onResponse: (status: number, body: string) => {
        let code = 'OK';
        try {
          const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
          if (parsed.errors?.length) code = parsed.errors[0].extensions?.code ?? 'UNKNOWN';
        } catch {
          code = 'NOT_JSON';
        }
        count(op.name, `${status} ${code}`);
      },
    }));

    // Every operation must work once before the load: a broken query would only measure errors.
    for (const op of cycle) {
      const res = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: requests[cycle.indexOf(op)].headers,
        body: JSON.stringify({ query: op.query, variables: op.variables() }),
      });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${op.name} fails: ${res.status} ${text.slice(0, 300)}`);
    }

    global.gc?.();
    const rss: Record<string, number> = { 'before load': mb(process.memoryUsage().rss) };
    const at20 = setTimeout(() => (rss['at 20 s'] = mb(process.memoryUsage().rss)), Math.min(20, seconds) * 1000);
    const result = await autocannon({ url: service.url, connections, duration: seconds, requests });
    clearTimeout(at20);
    rss[`at ${seconds} s`] = mb(process.memoryUsage().rss);

    const report = {
      database: service.database.kind,
      seconds,
      connections,
      requests: result.requests.total,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      'socket errors': result.errors,
      timeouts: result.timeouts,
      answers,
      byOperation,
      'rss MB': rss,
    };
    // eslint-disable-next-line no-console
    console.log(JSON.stringify(report, null, 2));
    writeResult('soak', { ...report, dataset: dataset.summary });
    const failed = Object.keys(answers).filter((a) => !a.startsWith('200 OK'));
    if (failed.length || result.errors || result.timeouts) process.exitCode = 1;
  } finally {
    await bench.stop();
  }
}

runBenchmark(main);
