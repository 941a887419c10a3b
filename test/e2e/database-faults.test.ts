import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '../../src/common/roles';
import { openDatabase } from '../../src/db/database';
import { entities } from '../../src/modules';
import { json, startTestApp, type ApiClient, type GraphQLResponse, type TestApp } from '../support/app';
import { createCode, type CodeFixture } from '../support/fixtures';
import { OwnPostgres } from '../support/own-postgres';
import { graphql } from '../graphql';
import type { FaultsCreateResourceMutation, FaultsCreateResourceMutationVariables, FaultsRenameOrganizationMutationVariables } from '../graphql/graphql';

const ROUNDS = 100;
const CONCURRENT = 4;
const APPLICATION = 'coc-under-fault';
const UNAVAILABLE = 'The service cannot reach its database; retry shortly';
const CREATE = graphql(`mutation FaultsCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id description } }`);
const RENAME_ORGANIZATION = graphql(`mutation FaultsRenameOrganization($name: String!) { updateOrganization(input: { expectedVersion: 1, name: $name }) { name } }`);
const ME = graphql(`query FaultsMe { me { id } }`);

let cluster: OwnPostgres;
let app: TestApp;
let admin: Client;
let qm: ApiClient;
let top: ApiClient;
let code: CodeFixture;
let orgId: string;
/** Every log line the service writes (pino destination), parsed. */
const logLines: string[] = [];
const logs = { write: (line: string) => void logLines.push(line) };
const logged = () => logLines.map((l) => JSON.parse(l) as { level: string; reqId?: string; msg: string; err?: { message?: string; type?: string; code?: string } });

beforeAll(async () => {
  // The service's sessions are cut again and again: on a cluster of this file's own, so no other
  // test file's connections are at risk.
  cluster = await OwnPostgres.create();
  await cluster.start();
  const database = await openDatabase({ entities, url: cluster.url(), dataDir: '', poolMax: 10, applicationName: APPLICATION });
  await database.dataSource.runMigrations({ transaction: 'each' });
  app = await startTestApp({ LOG_LEVEL: 'warn' }, { database: { database, drop: () => database.close() }, logs });
  const org = await app.createOrganization('faults');
  orgId = org.id;
  qm = await app.as(org, Role.QUALITY_MANAGER);
  top = await app.as(org, Role.TOP_MANAGEMENT);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1'], 'faults');
  admin = new Client({ connectionString: cluster.url(), application_name: 'coc-fault-injector' });
  await admin.connect();
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await app?.close();
  await cluster?.destroy();
});

interface Outcome {
  requestId: string;
  description: string;
  status: number;
  id?: string;
  code?: string;
}

/** One createResource mutation; a hang fails the test (the request is aborted after 30 s). */
async function create(description: string): Promise<Outcome> {
  const requestId = `fault-${randomUUID()}`;
  const variables: FaultsCreateResourceMutationVariables = {
    input: { codeVersionId: code.versions[0].id, kind: 'PEOPLE', description, quantity: 1, unit: 'FTE', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
  };
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${qm.token}`, 'x-request-id': requestId },
    body: JSON.stringify({ query: String(CREATE), variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await json<GraphQLResponse<FaultsCreateResourceMutation>['body']>(res);
  return { requestId, description, status: res.status, id: body.data?.createResource?.id, code: body.errors?.[0]?.extensions?.code };
}

/** Cuts every session of the service (pg_terminate_backend), as an operator or a failover would. */
async function terminateServiceSessions(): Promise<number> {
  const { rows } = await admin.query<{ terminated: boolean }>(
    'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
    [APPLICATION],
  );
  return rows.filter((r) => r.terminated).length;
}

/** Waits (briefly) until one of the service's sessions is inside a statement or a transaction. */
async function someSessionAtWork(): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state IN ('active', 'idle in transaction')`,
      [APPLICATION],
    );
    if (rows[0].n > 0) return true;
  }
  return false;
}

/** Waits (briefly) until one of the service's sessions waits for a lock. */
async function someSessionWaitingForLock(): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`, [APPLICATION]);
    if (rows[0].n > 0) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

describe('database faults', () => {
  it('answers a connection cut mid-mutation with 503 SERVICE_UNAVAILABLE, logged once under the request id the client got, with its cause and without the values sent', async () => {
    // The mutation waits for a row another session holds; its session is then cut mid-statement.
    await admin.query('BEGIN');
    await admin.query('SELECT id FROM organization WHERE id = $1 FOR UPDATE', [orgId]);
    const secretName = `Name-${randomUUID()}`;
    const pending = fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${top.token}` },
      body: JSON.stringify({ query: String(RENAME_ORGANIZATION), variables: { name: secretName } satisfies FaultsRenameOrganizationMutationVariables }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(await someSessionWaitingForLock()).toBe(true);
    await terminateServiceSessions();
    await admin.query('ROLLBACK');
    const res = await pending;
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([expect.objectContaining({ message: UNAVAILABLE, extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    // Nothing was written: the organisation keeps its name and version.
    const { rows } = await admin.query<{ name: string; version: number }>('SELECT name, version FROM organization WHERE id = $1', [orgId]);
    expect(rows[0]).toMatchObject({ version: 1 });
    expect(rows[0].name).not.toBe(secretName);

    const errors = logged().filter((l) => l.level === 'error' && l.reqId === requestId);
    expect(errors).toHaveLength(1);
    expect(errors[0].msg).toBe('database unavailable');
    // The cause: the SQLSTATE of the terminated session (PostgreSQL's message is not logged), or the driver's own.
    expect(`${errors[0].err?.code} ${errors[0].err?.message}`).toMatch(/57P01|Connection terminated/);
    expect(logLines.filter((l) => l.includes(secretName))).toEqual([]);
  });

  it('answers a context creation cut off (the organisation lookup) with 503 SERVICE_UNAVAILABLE, logged once under its request id', async () => {
    // A token for an organisation not looked up yet, so the lookup reaches the database and waits.
    const fresh = await app.as(await app.createOrganization('faults-fresh'), Role.QUALITY_MANAGER);
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE organization IN ACCESS EXCLUSIVE MODE');
    const pending = fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fresh.token}` },
      body: JSON.stringify({ query: String(ME) }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(await someSessionWaitingForLock()).toBe(true);
    await terminateServiceSessions();
    await admin.query('ROLLBACK');
    const res = await pending;
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([expect.objectContaining({ message: UNAVAILABLE, extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
    const requestId = res.headers.get('x-request-id');
    const errors = logged().filter((l) => l.level === 'error' && l.reqId === requestId);
    expect(errors).toHaveLength(1);
    expect(errors[0].msg).toBe('database unavailable');
    // The cause: the SQLSTATE of the terminated session (PostgreSQL's message is not logged), or the driver's own.
    expect(`${errors[0].err?.code} ${errors[0].err?.message}`).toMatch(/57P01|Connection terminated/);
  });

  it(`survives ${ROUNDS} rounds of its sessions being terminated during concurrent writes: each mutation happens wholly or not at all`, async () => {
    const outcomes: Outcome[] = [];
    let terminated = 0;
    let roundsHitDuringWork = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const pending = Array.from({ length: CONCURRENT }, (_, i) => create(`fault round ${round} #${i}`));
      if (await someSessionAtWork()) roundsHitDuringWork++;
      terminated += await terminateServiceSessions();
      outcomes.push(...(await Promise.all(pending)));
    }

    // The process kept running and serves requests again.
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const after = await create('after the faults');
    expect(after).toMatchObject({ status: 200, code: undefined });

    // Every answer is either the created record or a clean, coded error.
    const failed = outcomes.filter((o) => !o.id);
    for (const o of failed) expect({ status: o.status, code: o.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    // Each failure is logged once, at error level, under its request id.
    const outageLines = logged().filter((l) => l.level === 'error' && l.msg === 'database unavailable');
    for (const o of failed) expect(outageLines.filter((l) => l.reqId === o.requestId)).toHaveLength(1);

    // Atomic: a resource exists exactly when its audit event does, and every success is stored.
    const { rows } = await admin.query<{ description: string; resources: number; events: number; request_id: string | null }>(
      `SELECT r.description, count(DISTINCT r.id)::int AS resources, count(DISTINCT a.id)::int AS events, min(a.request_id) AS request_id
         FROM resource r FULL JOIN audit_event a ON a.entity_type = 'Resource' AND a.entity_id = r.id
        WHERE r.description LIKE 'fault round %' OR (a.entity_type = 'Resource' AND a.request_id LIKE 'fault-%')
        GROUP BY r.description`,
    );
    const stored = new Map(rows.map((r) => [r.description, r]));
    for (const row of rows) expect({ description: row.description, resources: row.resources, events: row.events }).toEqual({ description: row.description, resources: 1, events: 1 });
    for (const o of outcomes) {
      if (o.id) expect(stored.get(o.description)?.request_id).toBe(o.requestId);
      else if (stored.has(o.description)) expect(stored.get(o.description)?.request_id).toBe(o.requestId);
    }

    const succeeded = outcomes.length - failed.length;
    const storedRounds = rows.filter((r) => r.description?.startsWith('fault round ')).length;
    expect(storedRounds).toBe(succeeded + failed.filter((o) => stored.has(o.description)).length);
    const committedDespiteError = failed.filter((o) => stored.has(o.description)).length;
    // eslint-disable-next-line no-console
    console.log(
      `termination test: ${ROUNDS} rounds (${roundsHitDuringWork} hit a session at work), ${terminated} sessions terminated, ` +
        `${outcomes.length} mutations: ${succeeded} succeeded, ${failed.length} failed with SERVICE_UNAVAILABLE ` +
        `(${committedDespiteError} of them committed before the cut), ${storedRounds} resources stored, each with one audit event`,
    );
    // The faults really hit writes: some mutations failed, and the service kept working between them.
    expect(terminated).toBeGreaterThanOrEqual(ROUNDS);
    expect(failed.length).toBeGreaterThan(0);
    expect(succeeded).toBeGreaterThan(0);
  }, 600_000);
});
