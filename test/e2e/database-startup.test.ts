import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { startService, type RunningService } from '../../src/server';
import { seedAll } from '../../seeds';
import { DEMO_ORG, demoUserFor } from '../../seeds/demo-ids';
import { signToken } from '../../src/auth/tokens';
import { Role } from '../../src/common/roles';
import { json, TEST_JWT_SECRET } from '../support/app';
import { OwnPostgres } from '../support/own-postgres';

let cluster: OwnPostgres;
let service: RunningService | undefined;
const logLines: string[] = [];
const logs = { write: (line: string) => void logLines.push(line) };
const logged = () => logLines.map((l) => JSON.parse(l) as { level: string; msg: string; reqId?: string; err?: { code?: string }; attempt?: number; retryInMs?: number });

beforeAll(async () => {
  cluster = await OwnPostgres.create();
}, 60_000);

afterAll(async () => {
  await service?.stop();
  // Only this file's own cluster: the shared server is never stopped.
  await cluster?.destroy();
});

const readiness = async () => (await fetch(`${service!.url}/readyz`)).status;

/** Asks /readyz until it answers `status` (at most `attempts` times, 200 ms apart). */
async function readinessBecomes(status: number, attempts = 150): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if ((await readiness()) === status) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const PUBLISHED = JSON.stringify({ query: '{ publishedCodes(organizationSlug: "demo") { key } }' });
const graphql = () => fetch(`${service!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PUBLISHED });

describe('database startup and outages', () => {
  it('listens without its database, retries with backoff, migrates and seeds once the database appears, and follows it going away and back', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: cluster.url(),
      MIGRATE_ON_START: 'true',
      DB_CONNECT_RETRY_INITIAL_MS: '50',
      DB_CONNECT_RETRY_MAX_MS: '400',
      DB_STATEMENT_TIMEOUT_MS: '4321',
      LOG_LEVEL: 'info',
    });
    const logger = createLogger(config, logs);
    // As src/main.ts: the demo is loaded before the service reports ready.
    service = await startService(config, logger, { prepare: (database) => seedAll(database.dataSource, logger) });

    // Down: alive, not ready, and GraphQL says why.
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect(await readiness()).toBe(503);
    const refused = await graphql();
    expect(refused.status).toBe(503);
    expect(await json(refused)).toEqual({ errors: [{ message: expect.stringMatching(/database is not reachable/), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

    // It keeps trying, waiting longer each time up to the cap, and says so.
    for (let i = 0; i < 100 && logged().filter((l) => l.msg === 'database not reachable; retrying').length < 4; i++) await new Promise((r) => setTimeout(r, 100));
    const retries = logged().filter((l) => l.msg === 'database not reachable; retrying');
    expect(retries.map((l) => l.attempt).slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(retries.every((l) => l.level === 'warn' && l.retryInMs! >= 25 && l.retryInMs! <= 400)).toBe(true);

    // The database appears: migrations and the demo seed run, then the service is ready.
    await cluster.start();
    await service.ready;
    expect(await readiness()).toBe(200);
    const served = await graphql();
    expect(served.status).toBe(200);
    const body = await json<{ data: { publishedCodes: { key: string }[] } }>(served);
    expect(body.data.publishedCodes.length).toBeGreaterThan(0);
    expect(logged().some((l) => l.msg === 'migrations applied')).toBe(true);
    // Every pooled connection carries the configured statement timeout.
    expect(await service.database.dataSource.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '4321ms' }]);

    // The database goes away after start: not ready, and GraphQL answers 503 SERVICE_UNAVAILABLE
    // (not a masked internal error), logged once under the request id; back: ready again, without a restart.
    await cluster.stop();
    expect(await readinessBecomes(503)).toBe(true);
    const lost = await graphql();
    expect(lost.status).toBe(503);
    expect(lost.headers.get('retry-after')).toBe('5');
    expect(await json(lost)).toEqual({
      data: { publishedCodes: null },
      errors: [expect.objectContaining({ message: expect.stringMatching(/cannot reach its database/), path: ['publishedCodes'], extensions: { code: 'SERVICE_UNAVAILABLE' } })],
    });
    const outage = logged().filter((l) => l.reqId === lost.headers.get('x-request-id') && l.level === 'error');
    expect(outage).toEqual([expect.objectContaining({ msg: 'database unavailable', err: expect.objectContaining({ code: expect.stringMatching(/^(ECONNREFUSED|57P01)$/) }) })]);
    // The report download too, for a member whose identity is looked up in the database.
    const token = await signToken(TEST_JWT_SECRET, { userId: demoUserFor([Role.QUALITY_MANAGER]), organizationSlug: DEMO_ORG.slug, roles: [Role.QUALITY_MANAGER] });
    const report = await fetch(`${service.url}/reports/complaint-analysis/2025.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(report.status).toBe(503);
    expect(report.headers.get('retry-after')).toBe('5');
    expect(await json(report)).toEqual({ errors: [{ message: expect.stringMatching(/cannot reach its database/), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(logged().filter((l) => l.reqId === report.headers.get('x-request-id') && l.level === 'error')).toEqual([expect.objectContaining({ msg: 'database unavailable' })]);
    await cluster.start();
    expect(await readinessBecomes(200)).toBe(true);
    const back = await graphql();
    expect(back.status).toBe(200);
    expect((await json<{ data: { publishedCodes: unknown[] } }>(back)).data.publishedCodes.length).toBeGreaterThan(0);
  }, 180_000);
});
