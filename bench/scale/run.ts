import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { runBenchmark, writeResult } from '../harness';
import { Candidate, scenariosFor, type Call, type CandidateName, type Scenario } from './candidates';
import { Client } from 'pg';
import { databaseName, ensureDataset, type GeneratedOrganization } from './generate';
import { scaleOptions, smallUrl, type ScaleOptions } from './options';
import { machine } from './machine';

/**
 * The scale benchmark (issue 12, points 1–2):
 *
 *   npm run bench:scale -- --scale 0.1 [--duration 10] [--connections 10] [--repetitions 3]
 *                          [--url postgres://postgres@127.0.0.1:5432/coc_scale] [--only a,b] [--no-small] [--force]
 *
 * Loads the dataset once (reused when the database already holds this scale), starts four
 * candidates in child processes on the same database (the service in production mode, the raw
 * `pg` handler, the fixed stack's floor for (b) and (c) (floor.ts), PostGraphile 4 read-only)
 * and drives scenarios (a)–(e) with autocannon at fixed concurrency, candidates interleaved (every repetition runs every scenario on every candidate,
 * the order of candidates rotating), and reports medians over the repetitions. Statements per
 * request are counted in each candidate's process (see server.ts) over a few sequential requests
 * before the load; the service's RSS is sampled from /proc every 100 ms while it is under load.
 * Then the small-organisation check: (a) and (d) of the small organisation on the database it
 * shares with the large one, and on a database of its own.
 */

interface Run {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  peakRss?: number;
}

interface Row {
  scenario: string;
  candidate: CandidateName | string;
  runs: Run[];
  median: Run;
  statementsPerRequest: number;
  /** One request alone (sequential), ms. */
  aloneMs: number;
  /** CPU time of the candidate's process per request alone (sequential), ms: steadier than times on a busy machine. */
  cpuMs: number;
}

const log = (message: string) => console.log(message); // eslint-disable-line no-console

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (n: number, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

async function send(candidate: Candidate, call: Call): Promise<string> {
  const response = await fetch(candidate.url + (call.path ?? ''), { method: 'POST', headers: call.headers, body: call.body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${candidate.name} fails: ${response.status} ${text.slice(0, 400)}`);
  return text;
}

/**
 * Statements per request: sent by the candidate's process over `n` sequential requests, divided
 * by n; the mean time of one request alone (ms) and the CPU time its process spent on it (ms).
 */
async function sequential(candidate: Candidate, call: Call, n = 5): Promise<{ statements: number; ms: number; cpuMs: number }> {
  await send(candidate, call); // warm: caches of the first request (member, organisation, plans) are not the steady state
  const before = await candidate.stats();
  const start = performance.now();
  for (let i = 0; i < n; i++) await send(candidate, call);
  const ms = (performance.now() - start) / n;
  const after = await candidate.stats();
  return { statements: (after.statements - before.statements) / n, ms, cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / n };
}

/**
 * One load run: `duration` seconds at `connections`; a scenario so slow that the run would end
 * before 2 × connections requests complete (one request alone takes `aloneMs`) runs for that many
 * requests instead (autocannon drops the requests in flight when the duration ends).
 */
async function load(candidate: Candidate, call: Call, options: ScaleOptions, sampleRss: boolean, aloneMs: number): Promise<Run> {
  const latencies: number[] = [];
  let peakRss = 0;
  const sampler = sampleRss ? setInterval(() => (peakRss = Math.max(peakRss, candidate.rss())), 100) : undefined;
  const instance = autocannon({
    url: candidate.url + (call.path ?? ''),
    method: 'POST',
    headers: call.headers,
    body: call.body,
    connections: options.connections,
    ...(aloneMs * options.connections * 2 > options.duration * 1000 ? { amount: options.connections * 2 } : { duration: options.duration }),
    timeout: 300,
    verifyBody: (body: string) => !body.includes('"errors"'),
  } as autocannon.Options) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  if (sampler) clearInterval(sampler);
  await databaseIdle(options.url);
  latencies.sort((a, b) => a - b);
  const run: Run = {
    rps: latencies.length / (result.duration || options.duration),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requests: latencies.length,
    errors: result.errors + result.timeouts + result.non2xx + ((result as unknown as { mismatches?: number }).mismatches ?? 0),
  };
  if (sampleRss) run.peakRss = peakRss;
  return run;
}

/**
 * Waits (up to 2 minutes) until no other session runs a statement on the bench databases: requests
 * still in flight when autocannon ends a run go on in the candidate and would load the next run.
 */
async function databaseIdle(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 1200; i++) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname LIKE $1 AND state = 'active' AND pid <> pg_backend_pid()`,
        [`${databaseName(url)}%`],
      );
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

function summarise(runs: Run[]): Run {
  const m: Run = {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    p99: median(runs.map((r) => r.p99)),
    requests: runs.reduce((s, r) => s + r.requests, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
  if (runs.some((r) => r.peakRss)) m.peakRss = Math.max(...runs.map((r) => r.peakRss ?? 0));
  return m;
}

const mb = (bytes?: number) => (bytes ? `${Math.round(bytes / 1024 / 1024)} MB` : '');
const fmt = (n: number) => (n >= 100 ? String(Math.round(n)) : String(round(n, 1)));

function table(rows: Row[]): { console: Record<string, string | number>[]; markdown: string } {
  const out: Record<string, string | number>[] = [];
  const lines = [
    '| scenario | candidate | req/s | p50 ms | p95 ms | p99 ms | ÷ raw SQL (req/s) | ÷ PostGraphile (req/s) | p95 ÷ raw p95 | one request alone, ms | CPU ms of its process per request alone | statements / request | peak RSS | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const raw = rows.find((r) => r.scenario === row.scenario && r.candidate === 'raw');
    const pgl = rows.find((r) => r.scenario === row.scenario && r.candidate === 'postgraphile');
    const m = row.median;
    const rec = {
      scenario: row.scenario,
      candidate: row.candidate,
      'req/s': fmt(m.rps),
      'p50 ms': round(m.p50),
      'p95 ms': round(m.p95),
      'p99 ms': round(m.p99),
      '÷ raw': row.candidate !== 'raw' && raw ? `${round(m.rps / raw.median.rps, 2)}×` : '',
      '÷ PostGraphile': (row.candidate === 'service' || row.candidate === 'floor') && pgl ? `${round(m.rps / pgl.median.rps, 2)}×` : '',
      'p95 ÷ raw': row.candidate !== 'raw' && raw ? `${round(m.p95 / raw.median.p95, 2)}×` : '',
      'alone ms': round(row.aloneMs),
      'CPU ms': round(row.cpuMs, 2),
      'stmts/req': round(row.statementsPerRequest, 2),
      'peak RSS': mb(m.peakRss),
      errors: m.errors,
    };
    out.push(rec);
    lines.push(`| ${Object.values(rec).join(' | ')} |`);
  }
  return { console: out, markdown: lines.join('\n') };
}

/**
 * On a server running without autovacuum (as test machines often are), what it would have done
 * between runs: `VACUUM (ANALYZE)`, so the rollup rows (e)'s intakes update leave no dead versions
 * for the next run's reads to wade through. Answers whether it vacuumed.
 */
async function vacuumLikeAutovacuum(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT current_setting('autovacuum') AS on`);
    if (rows[0].on === 'on') return false;
    await client.query('VACUUM (ANALYZE)');
    return true;
  } finally {
    await client.end();
  }
}

/** Runs `scenarios` × `candidates` `repetitions` times, interleaved, and summarises. */
async function measure(
  label: string,
  plan: { scenario: Scenario; key: string; candidates: { name: string; candidate: Candidate; call: Call; sampleRss: boolean }[] }[],
  options: ScaleOptions,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { key, candidates } of plan) {
    for (const c of candidates) {
      const { statements, ms, cpuMs } = await sequential(c.candidate, c.call);
      rows.push({ scenario: key, candidate: c.name, runs: [], median: undefined as never, statementsPerRequest: statements, aloneMs: ms, cpuMs });
      log(`${label} (${key}) ${c.name}: ${round(statements, 2)} statements, ${round(ms, 1)} ms and ${round(cpuMs, 2)} ms of CPU per request alone`);
    }
  }
  for (let rep = 0; rep < options.repetitions; rep++) {
    if (await vacuumLikeAutovacuum(options.url)) log(`${label} rep ${rep + 1}: autovacuum is off on this server; vacuumed as it would have`);
    for (const { key, candidates } of plan) {
      // Rotate who goes first, so that no candidate always runs on a cache warmed by another.
      const order = candidates.map((_, i) => candidates[(i + rep) % candidates.length]);
      for (const c of order) {
        const row = rows.find((r) => r.scenario === key && r.candidate === c.name)!;
        const run = await load(c.candidate, c.call, options, c.sampleRss, row.aloneMs);
        row.runs.push(run);
        log(`${label} rep ${rep + 1} (${key}) ${c.name}: ${fmt(run.rps)} req/s, p95 ${run.p95} ms${run.errors ? `, ${run.errors} errors` : ''}${run.peakRss ? `, RSS ${mb(run.peakRss)}` : ''}`);
      }
    }
  }
  for (const row of rows) row.median = summarise(row.runs);
  return rows;
}

async function main(): Promise<void> {
  const options = scaleOptions();
  const started = Date.now();
  const meta = await ensureDataset(options.url, options.scale, { force: options.force });
  const small = options.noSmall ? null : await ensureDataset(smallUrl(options.url), 0, { small: true });
  const [large, neighbour] = meta.organizations as [GeneratedOrganization, GeneratedOrganization];
  log(`starting candidates on ${options.url}`);
  const children: Candidate[] = [];
  const start = async (name: string, mode: CandidateName, url: string) => {
    const candidate = await Candidate.start(name, mode, url);
    children.push(candidate);
    return candidate;
  };
  try {
    const service = await start('service', 'service', options.url);
    const raw = await start('raw', 'raw', options.url);
    const postgraphile = await start('postgraphile', 'postgraphile', options.url);
    const floor = await start('floor', 'floor', options.url);
    const alone = small ? await start('service (small database)', 'service', smallUrl(options.url)) : null;
    const candidates: Record<CandidateName, Candidate> = { service, raw, floor, postgraphile };
    const scenarios = (await scenariosFor(large)).filter((s) => options.only.length === 0 || options.only.includes(s.id));

    // The raw handler's (d) is the service's own analysis SQL (reads of the monitoring rollups), merged into one statement.
    const analysis = (await scenariosFor(large)).find((s) => s.id === 'd')!;
    await service.ask('capture', true, { on: true });
    await send(service, analysis.calls.service!);
    const { captured } = await service.ask<{ captured: { text: string; values: unknown[] }[] }>('capture', true, { on: false });
    const statements = captured.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text) && /FROM "?(complaint|corrective_action|monitoring_\w+)\b/.test(s.text));
    await raw.ask('configure', true, { analysis: statements });
    log(`raw (d): the service's analysis SQL (${statements.length} statement${statements.length === 1 ? '' : 's'}) as one statement`);

    const plan = scenarios.map((scenario) => ({
      scenario,
      key: `(${scenario.id}) ${scenario.title}`,
      candidates: (Object.keys(scenario.calls) as CandidateName[]).map((name) => ({ name, candidate: candidates[name], call: scenario.calls[name]!, sampleRss: name === 'service' })),
    }));
    for (const p of plan) for (const c of p.candidates) await send(c.candidate, c.call);
    const rows = await measure('main', plan, options);

    let smallRows: Row[] = [];
    if (alone && small) {
      const withNeighbour = await scenariosFor(neighbour);
      const withoutNeighbour = await scenariosFor(small.organizations[0]);
      const smallPlan = ['a', 'd'].map((id) => ({
        scenario: withNeighbour.find((s) => s.id === id)!,
        key: `(${id}) small organisation`,
        candidates: [
          { name: 'beside the large one', candidate: service, call: withNeighbour.find((s) => s.id === id)!.calls.service!, sampleRss: false },
          { name: 'alone in its database', candidate: alone, call: withoutNeighbour.find((s) => s.id === id)!.calls.service!, sampleRss: false },
        ],
      }));
      smallRows = await measure('small', smallPlan, options);
    }

    const main = table(rows);
    log('');
    // eslint-disable-next-line no-console
    console.table(main.console);
    const smallLines = ['| scenario | where | req/s | p50 ms | p95 ms | p99 ms | p95 ÷ p95 alone |', '|---|---|---|---|---|---|---|'];
    for (const row of smallRows) {
      const aloneRow = smallRows.find((r) => r.scenario === row.scenario && r.candidate === 'alone in its database')!;
      smallLines.push(
        `| ${row.scenario} | ${row.candidate} | ${fmt(row.median.rps)} | ${row.median.p50} | ${row.median.p95} | ${row.median.p99} | ${round(row.median.p95 / aloneRow.median.p95, 2)}× |`,
      );
    }
    if (smallRows.length) log(`\nsmall organisation (${neighbour.counts.complaints} complaints):\n${smallLines.join('\n')}`);
    const peakRss = Math.max(...rows.filter((r) => r.candidate === 'service').map((r) => r.median.peakRss ?? 0));
    log(`\nservice peak RSS under load: ${mb(peakRss)}; total time ${Math.round((Date.now() - started) / 1000)} s`);

    const result = {
      scale: options.scale,
      options,
      machine: await machine(options.url),
      dataset: meta,
      rows,
      small: smallRows,
      servicePeakRss: peakRss,
    };
    const file = writeResult(`scale-${options.scale}`, result);
    const summary = [
      `# Scale benchmark, scale ${options.scale} (${large.counts.complaints} complaints), ${new Date().toISOString()}`,
      '',
      `${options.connections} connections, ${options.duration} s per run, ${options.repetitions} repetitions, medians; machine: ${os.cpus().length} × ${os.cpus()[0]?.model}.`,
      '',
      main.markdown,
      '',
      `Service peak RSS under load: ${mb(peakRss)}.`,
      '',
      smallRows.length ? `Small organisation (${neighbour.counts.complaints} complaints), with and without the large neighbour:\n\n${smallLines.join('\n')}` : '',
      '',
    ].join('\n');
    const md = file.replace(/\.json$/, '.md');
    fs.writeFileSync(path.join(process.cwd(), md), summary);
    log(`results: ${file} and ${md}`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
  process.exit(0);
}

runBenchmark(main);
