import 'reflect-metadata';
import { runBenchmark } from '../harness';
import { ensureDataset } from './generate';
import { scaleOptions } from './options';

/**
 * Generates (or reuses) the scale dataset:
 *
 *   npm run bench:scale:generate -- --scale 0.01 [--force] [--url postgres://…/coc_scale]
 */
runBenchmark(async () => {
  const options = scaleOptions();
  const start = Date.now();
  const meta = await ensureDataset(options.url, options.scale, { force: options.force });
  // eslint-disable-next-line no-console
  console.log(JSON.stringify(meta.organizations.map((o) => ({ slug: o.slug, ...o.counts })), null, 1));
  // eslint-disable-next-line no-console
  console.log(`dataset ready in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  process.exit(0);
});
