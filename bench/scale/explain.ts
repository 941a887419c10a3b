import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { runBenchmark } from '../harness';
import { Candidate, scenariosFor } from './candidates';
import { ensureDataset } from './generate';
import { mergeStatements } from './raw';
import { scaleOptions } from './options';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the service sends for scenarios (a)–(d):
 *
 *   npm run bench:explain -- --scale 0.1 [--only a,b]
 *
 * Starts the service (child process, as in bench:scale) on the scale database, sends each
 * scenario once to warm it, then once more while its `pg` client records every statement with
 * its parameters; every SELECT among them is explained with those parameters (a second run of
 * the statement, so the buffers are mostly hits, as under load). Writes
 * bench/results/explain-<scale>.md and prints it.
 */
async function main(): Promise<void> {
  const options = scaleOptions();
  const meta = await ensureDataset(options.url, options.scale);
  const large = meta.organizations[0];
  const service = await Candidate.start('service', 'service', options.url);
  const client = new Client({ connectionString: options.url });
  await client.connect();
  const out: string[] = [`# EXPLAIN (ANALYZE, BUFFERS) of the service's statements, scale ${options.scale} (${large.counts.complaints} complaints)`, ''];
  try {
    const scenarios = (await scenariosFor(large)).filter((s) => s.id !== 'e' && (options.only.length === 0 || options.only.includes(s.id)));
    for (const scenario of scenarios) {
      const call = scenario.calls.service!;
      const send = () => fetch(service.url, { method: 'POST', headers: call.headers, body: call.body }).then((r) => r.text());
      await send();
      await service.ask('capture', true, { on: true });
      await send();
      const { captured } = await service.ask<{ captured: { text: string; values: unknown[] }[] }>('capture', true, { on: false });
      out.push(`## (${scenario.id}) ${scenario.title}`, '', `${captured.length} statements sent for one request.`, '');
      for (const [i, statement] of captured.entries()) {
        const text = statement.text.trim();
        if (!/^(SELECT|WITH)\b/i.test(text)) {
          out.push(`### ${i + 1}. \`${text.slice(0, 80)}\``, '');
          continue;
        }
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, statement.values);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
        out.push(`### ${i + 1}. ${time ? `${time} ms` : ''}`, '', '```sql', text, '```', '', `parameters: \`${JSON.stringify(statement.values).slice(0, 300)}\``, '', '```', plan, '```', '');
      }
      if (scenario.id === 'd') {
        // The raw handler's (d): these statements merged into one (see raw.ts).
        const merged = mergeStatements(captured.filter((st) => /^\s*(SELECT|WITH)\b/i.test(st.text) && /FROM "?(complaint|corrective_action|monitoring_\w+)\b/.test(st.text)));
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${merged.text}`, merged.values);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        out.push(`### The raw handler's (d): the same statements merged into one, ${/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]} ms`, '', '```', plan, '```', '');
      }
    }
  } finally {
    await client.end();
    await service.stop();
  }
  const file = path.join(process.cwd(), 'bench', 'results', `explain-${options.scale}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out.join('\n'));
  // eslint-disable-next-line no-console
  console.log(`${out.join('\n')}\n\nwritten to ${path.relative(process.cwd(), file)}`);
  process.exit(0);
}

runBenchmark(main);
