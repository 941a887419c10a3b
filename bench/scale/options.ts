import { parseArgs } from 'node:util';

/** Command-line options of the scale benchmark's scripts (`npm run bench:scale -- --scale 0.1 …`). */
export interface ScaleOptions {
  scale: number;
  duration: number;
  connections: number;
  repetitions: number;
  url: string;
  /** Regenerate even when the database already holds the dataset of this scale. */
  force: boolean;
  /** Only these scenarios (a–e); all by default. */
  only: string[];
  /** Skip the small-organisation check. */
  noSmall: boolean;
  /** bench:scale:cpu: the candidates measured, in this order (default service, floor, raw, postgraphile). */
  candidates: string[];
  /** bench:scale:cpu: the `dist` folder of another build of the service, measured beside it as `compare`. */
  compare?: string;
}

export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/coc_scale';

const USAGE = `Options of npm run bench:scale, bench:scale:generate, bench:scale:cpu and bench:explain (after --):
  --scale N          1.0 = 1,000,000 complaints (default 0.1)
  --url URL          the bench database (default: BENCH_DATABASE_URL, else ${DEFAULT_URL})
  --duration S       seconds per run (default 10)
  --connections N    concurrent connections (default 10)
  --repetitions N    runs of every scenario and candidate (default 3)
  --only a,c         only these scenarios (default all: a–e)
  --no-small         skip the small-organisation check
  --candidates L     bench:scale:cpu: the candidates, in order (default service,floor,raw,postgraphile)
  --compare DIR      bench:scale:cpu: another build's dist folder, whose service runs beside as "compare"
  --force            regenerate even when the database holds the dataset of this scale
  --help             this text`;

const OPTIONS = {
  scale: { type: 'string', default: '0.1' },
  duration: { type: 'string', default: '10' },
  connections: { type: 'string', default: '10' },
  repetitions: { type: 'string', default: '3' },
  url: { type: 'string' },
  force: { type: 'boolean', default: false },
  only: { type: 'string', default: '' },
  'no-small': { type: 'boolean', default: false },
  candidates: { type: 'string', default: 'service,floor,raw,postgraphile' },
  compare: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** The options of `argv`; prints the usage and exits on --help (0), or on an unknown option or a bad value (2). */
export function scaleOptions(argv = process.argv.slice(2)): ScaleOptions {
  try {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const number = (name: string, value: string | undefined, min: number) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
      return n;
    };
    return {
      scale: number('scale', values.scale, 0.0001),
      duration: number('duration', values.duration, 1),
      connections: Math.round(number('connections', values.connections, 1)),
      repetitions: Math.round(number('repetitions', values.repetitions, 1)),
      url: values.url ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL,
      force: values.force ?? false,
      only: (values.only ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      noSmall: values['no-small'] ?? false,
      candidates: (values.candidates ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      ...(values.compare ? { compare: values.compare } : {}),
    };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

/** The database of the small organisation alone: the bench database's name with `_small`. */
export function smallUrl(url: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname}_small`;
  return u.toString();
}
