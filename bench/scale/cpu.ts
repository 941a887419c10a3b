import 'reflect-metadata';
import autocannon from 'autocannon';
import { runBenchmark } from '../harness';
import { Candidate, scenariosFor, type CandidateName } from './candidates';
import { ensureDataset, type GeneratedOrganization } from './generate';
import { scaleOptions } from './options';

/**
 * CPU time per request under load, of each candidate alone (`npm run bench:scale:cpu -- --only c`):
 *
 *   npm run bench:scale:cpu -- --scale 0.1 --only b,c [--duration 8] [--repetitions 3] [--connections 10]
 *
 * Each candidate in turn, in its own process on the bench database: 4 s of warm-up at the given
 * connections, then `repetitions` runs of `duration` seconds, each reporting req/s and the CPU time
 * (user + system) its process spent per request, and its peak resident set. Req/s on a shared 2-core machine moves with
 * whatever else runs; CPU time per request moves much less, so a change to the service's request
 * path shows there first. It complements `bench:scale`, which compares the candidates side by side.
 */
async function main(): Promise<void> {
  const options = scaleOptions();
  const meta = await ensureDataset(options.url, options.scale, { force: options.force });
  const org = meta.organizations[0] as GeneratedOrganization;
  const scenarios = (await scenariosFor(org)).filter((s) => !options.only.length || options.only.includes(s.id));
  const modes: CandidateName[] = ['service', 'floor', 'raw', 'postgraphile'];
  for (const scenario of scenarios) {
    for (const mode of modes) {
      const call = scenario.calls[mode];
      if (!call) continue;
      const candidate = await Candidate.start(mode, mode, options.url);
      try {
        const run = (duration: number) =>
          autocannon({
            url: candidate.url + (call.path ?? ''),
            method: 'POST',
            headers: call.headers,
            body: call.body,
            connections: options.connections,
            duration,
          } as autocannon.Options) as unknown as Promise<autocannon.Result>;
        await run(4);
        const cpu: number[] = [];
        for (let i = 0; i < options.repetitions; i++) {
          let peakRss = 0;
          const sampler = setInterval(() => (peakRss = Math.max(peakRss, candidate.rss())), 100);
          const before = await candidate.stats();
          const result = await run(options.duration);
          const after = await candidate.stats();
          clearInterval(sampler);
          const requests = result.requests.total;
          cpu.push((after.cpuMicros - before.cpuMicros) / requests);
          const errors = result.errors + result.timeouts + result.non2xx;
          process.stdout.write(`(${scenario.id}) ${mode}: ${Math.round(requests / result.duration)} req/s, ${Math.round(cpu[i])} µs of CPU per request, peak RSS ${Math.round(peakRss / 1048576)} MB${errors ? `, ${errors} errors` : ''}\n`);
        }
        const median = [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)];
        process.stdout.write(`(${scenario.id}) ${mode}: median ${Math.round(median)} µs of CPU per request\n`);
      } finally {
        await candidate.stop();
      }
    }
  }
  process.exit(0);
}

runBenchmark(main);
