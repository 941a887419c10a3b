import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config';
import { startService, type RunningService } from '../src/server';
import { signToken } from '../src/auth/tokens';
import { limitHeapGrowth } from '../src/observability/heap';
import { Role } from '../src/common/roles';

/** A service started in this process for a benchmark, on a fresh database of its own. */
export interface BenchService {
  service: RunningService;
  config: Config;
  /** Stops the service and removes its embedded database folder. */
  stop(): Promise<void>;
}

/**
 * Starts the service in production mode on a fresh embedded PGlite database, or on PostgreSQL with
 * `BENCH_DATABASE_URL`, and waits until it is ready (migrated). `env` adds or overrides settings.
 */
export async function startBenchService(name: string, env: Record<string, string> = {}): Promise<BenchService> {
  // As the service's entry point does (src/main.ts).
  limitHeapGrowth();
  const dataDir = path.join(process.cwd(), '.data', `${name}-${Date.now()}`);
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.BENCH_DATABASE_URL,
    DATA_DIR: dataDir,
    // Request paths only: the job runner's polls would add statements and CPU to every figure.
    JOBS_ENABLED: 'false',
    ...env,
  });
  const service = await startService(config, pino({ level: 'silent' }));
  await service.ready;
  return {
    service,
    config,
    async stop() {
      await service.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Writes a result as `bench/results/<prefix>-<time>.json` and returns its path relative to here. */
export function writeResult(prefix: string, result: unknown): string {
  const out = path.join(process.cwd(), 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${prefix}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  return path.relative(process.cwd(), file);
}

/** Runs a benchmark's main function; a failure prints its error and exits with 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((e) => {
    // eslint-disable-next-line no-console
    console.error(e);
    process.exit(1);
  });
}

/** A token for the bench dataset's member, who holds the roles every scenario needs. */
export function benchToken(config: Config, dataset: { userId: string; organizationSlug: string }): Promise<string> {
  return signToken(config.auth.secret!, {
    userId: dataset.userId,
    organizationSlug: dataset.organizationSlug,
    roles: [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER],
  });
}
