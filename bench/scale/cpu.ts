import 'reflect-metadata';
import path from 'node:path';
import autocannon from 'autocannon';
import { runBenchmark } from '../harness';
import { Candidate, scenariosFor, type Call, type CandidateName } from './candidates';
import { ensureDataset, type GeneratedOrganization } from './generate';
import { scaleOptions } from './options';

/**
 * CPU time per request under load, the candidates interleaved (`npm run bench:scale:cpu -- --only c`):
 *
 *   npm run bench:scale:cpu -- --scale 0.1 --only b,c [--duration 4] [--repetitions 6] [--connections 10]
 *                              [--candidates service,floor,raw,postgraphile] [--compare ../before/dist]
 *
 * Every candidate runs in its own process on the bench database, all at once; after 3 s of warm-up
 * each, every repetition loads each candidate in turn for `duration` seconds and takes the CPU time
 * (user + system) its process spent per request answered. Req/s on a shared 2-core machine moves
 * with whatever else runs, CPU time per request much less, and interleaving puts every candidate
 * through the same moments: a change to the service's request path shows here first. Printed per
 * candidate: the median and the least of its repetitions (the least disturbed), req/s and peak RSS.
 *
 * `--compare DIR` runs another build of the service beside this one (DIR: its `dist` folder, with
 * the project's node_modules reachable from it), e.g. the commit before a change:
 *
 *   git worktree add /tmp/before HEAD~1 && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   (cd /tmp/before && npm run build) && npm run bench:scale:cpu -- --only c --compare /tmp/before/dist
 */
async function main(): Promise<void> {
  const options = scaleOptions();
  const meta = await ensureDataset(options.url, options.scale, { force: options.force });
  const org = meta.organizations[0] as GeneratedOrganization;
  const scenarios = (await scenariosFor(org)).filter((s) => !options.only.length || options.only.includes(s.id));
  const entries: { name: string; mode: CandidateName; start: typeof Candidate.start }[] = options.candidates.map((name) => ({
    name,
    mode: name as CandidateName,
    start: Candidate.start,
  }));
  if (options.compare) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const other = require(path.resolve(options.compare, 'bench/scale/candidates')) as { Candidate: typeof Candidate };
    entries.splice(1, 0, { name: 'compare', mode: 'service', start: other.Candidate.start.bind(other.Candidate) });
  }
  for (const scenario of scenarios) {
    const measured = entries.filter((e) => scenario.calls[e.mode]);
    const running: { name: string; candidate: Candidate; call: Call; cpu: number[]; rps: number[]; peakRss: number }[] = [];
    try {
      for (const e of measured) running.push({ name: e.name, candidate: await e.start(e.name, e.mode, options.url), call: scenario.calls[e.mode]!, cpu: [], rps: [], peakRss: 0 });
      const run = (r: (typeof running)[number], duration: number) =>
        autocannon({
          url: r.candidate.url + (r.call.path ?? ''),
          method: 'POST',
          headers: r.call.headers,
          body: r.call.body,
          connections: options.connections,
          duration,
        } as autocannon.Options) as unknown as Promise<autocannon.Result>;
      for (const r of running) await run(r, 3);
      for (let i = 0; i < options.repetitions; i++) {
        for (const r of running) {
          const sampler = setInterval(() => (r.peakRss = Math.max(r.peakRss, r.candidate.rss())), 100);
          const before = await r.candidate.stats();
          const result = await run(r, options.duration);
          const after = await r.candidate.stats();
          clearInterval(sampler);
          const errors = result.errors + result.timeouts + result.non2xx;
          if (errors) throw new Error(`(${scenario.id}) ${r.name}: ${errors} errors`);
          r.cpu.push((after.cpuMicros - before.cpuMicros) / result.requests.total);
          r.rps.push(result.requests.total / result.duration);
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      for (const r of running) {
        process.stdout.write(
          `(${scenario.id}) ${r.name.padEnd(12)} µs of CPU per request: median ${Math.round(median(r.cpu))}, least ${Math.round(Math.min(...r.cpu))} ` +
            `(${r.cpu.map(Math.round).join(' ')}); ${Math.round(median(r.rps))} req/s; peak RSS ${Math.round(r.peakRss / 1048576)} MB\n`,
        );
      }
    } finally {
      await Promise.all(running.map((r) => r.candidate.stop()));
    }
  }
  process.exit(0);
}

runBenchmark(main);
