import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { User } from '../../src/modules/user/user.entity';
import { signToken } from '../../src/auth/tokens';
import { ApiClient, json, nodes, startTestApp, TEST_JWT_SECRET, type GraphQLErrorBody, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';
import type { FoundationUsersQuery } from '../graphql/graphql';

const USERS = graphql(`query FoundationUsers($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`);
const CREATE_USERS = graphql(`mutation FoundationCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id email version } }`);
const UPDATE_USER = graphql(`mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name version } }`);
const USER = graphql(`query FoundationUser($id: ID!) { user(id: $id) { id name } }`);
const DASHBOARD = graphql(`query FoundationDashboard { me { id } }`);
const WHO_AM_I = graphql(`query FoundationWhoAmI { me { id roles organizationSlug user { name } } organization { slug timezone holidayCountry } }`);
const PARTIAL_DASHBOARD = graphql(`query FoundationPartialDashboard { me { id roles } auditEvents(first: 5) { totalCount } organization { slug } }`);
const AUDIT = graphql(`query FoundationAudit($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) {
      totalCount edges { cursor node { action entityType entityId actorId actorRoles changes } } pageInfo { hasNextPage endCursor } } }`);

/** A refused request's body as a client reads it. */
type ErrorsBody = { errors: GraphQLErrorBody[] };

let app: TestApp;
let orgA: TestOrganization;
let orgB: TestOrganization;
let top: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  orgA = await app.createOrganization('alpha');
  orgB = await app.createOrganization('beta');
  top = await app.as(orgA, Role.TOP_MANAGEMENT);
});
afterAll(() => app.close());

describe('smoke: serving', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    expect(await json((await fetch(`${app.url}/healthz`)))).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await json(ready)).status).toBe('ready');
    await top.data(DASHBOARD);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/graphql_requests_total\{operation="FoundationDashboard",type="query"\} 1/);
    expect(metrics).toMatch(/graphql_request_duration_seconds_bucket\{le="[^"]+",operation="FoundationDashboard"/);
    expect(metrics).toMatch(/db_pool_connections_open \d+/);
  });

  it('echoes a request id header', async () => {
    const res = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
  });

  it('tells who the caller is', async () => {
    const data = await top.data(WHO_AM_I);
    expect(data.me).toEqual({ id: orgA.users.TOP_MANAGEMENT, roles: ['TOP_MANAGEMENT'], organizationSlug: 'alpha', user: { name: 'TOP_MANAGEMENT of alpha' } });
    expect(data.organization).toEqual({ slug: 'alpha', timezone: 'Europe/Amsterdam', holidayCountry: 'NL' });
  });
});

describe('partial results', () => {
  it('answers the permitted root fields when another is refused: null and FORBIDDEN with its path for that one only', async () => {
    const staff = await app.as(orgA, Role.STAFF);
    const res = await staff.request(PARTIAL_DASHBOARD, {});
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ me: { id: orgA.users.STAFF, roles: ['STAFF'] }, auditEvents: null, organization: { slug: 'alpha' } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ['auditEvents'], extensions: { code: 'FORBIDDEN' } });
  });

  it('declares every Query root field nullable in the schema, so clients can rely on it', async () => {
    const { data } = (await app.anonymous.raw(`{ __schema { queryType { fields { name type { kind } } } } }`)).body;
    const fields = (data as { __schema: { queryType: { fields: { name: string; type: { kind: string } }[] } } }).__schema.queryType.fields;
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter((f) => f.type.kind === 'NON_NULL').map((f) => f.name)).toEqual([]);
  });
});

describe('smoke: authentication', () => {
  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const res = await app.anonymous.request(USERS, {});
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.data).toEqual({ users: null });
  });

  it.each([
    ['a malformed token', 'Bearer not-a-jwt'],
    ['a token signed with another secret', 'other'],
    ['an expired token', 'expired'],
    ['an unknown organisation', 'unknown-org'],
    ['a header without Bearer', 'Basic abc'],
  ])('refuses %s with UNAUTHENTICATED (401)', async (_name, kind) => {
    let header = kind;
    if (kind === 'other') header = `Bearer ${await signToken('another-secret-another-secret-another-1', { userId: randomUUID(), organizationSlug: 'alpha', roles: [Role.STAFF] })}`;
    if (kind === 'expired') header = `Bearer ${await signToken(TEST_JWT_SECRET, { userId: randomUUID(), organizationSlug: 'alpha', roles: [Role.STAFF] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}`;
    if (kind === 'unknown-org') header = `Bearer ${await signToken(TEST_JWT_SECRET, { userId: randomUUID(), organizationSlug: 'nobody', roles: [Role.STAFF] })}`;
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: header },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = await json<ErrorsBody>(res);
    expect(res.status).toBe(401);
    expect(body.errors[0].extensions!.code).toBe('UNAUTHENTICATED');
    if (kind === 'expired') expect(body.errors[0].message).toBe('Token expired');
  });
});

describe('authorisation', () => {
  it('refuses a role that may not call an operation with FORBIDDEN and changes nothing', async () => {
    const staff = await app.as(orgA, Role.STAFF);
    const before = await app.dataSource.getRepository(User).count();
    const e = await staff.error(CREATE_USERS, { input: [{ name: 'X', email: 'x@alpha.example', roles: ['STAFF'] }] });
    expect(e.code).toBe('FORBIDDEN');
    expect(e.extensions.requiredRoles).toEqual(['TOP_MANAGEMENT']);
    expect(await app.dataSource.getRepository(User).count()).toBe(before);
  });

  it('lets an auditor read users but not change them', async () => {
    const auditor = await app.as(orgA, Role.AUDITOR);
    expect((await auditor.data(USERS)).users!.totalCount).toBe(5);
    expect((await auditor.error(UPDATE_USER, { id: orgA.users.STAFF, input: { expectedVersion: 1, name: 'Y' } })).code).toBe('FORBIDDEN');
  });
});

describe('smoke: transactions and audit', () => {
  it('rolls back a mutation that fails after its first write: no row, no audit event', async () => {
    const audits = await app.dataSource.getRepository(AuditEvent).count();
    const e = await top.error(CREATE_USERS, {
      input: [
        { name: 'New One', email: 'new.one@alpha.example', roles: ['STAFF'] },
        { name: 'Duplicate', email: 'staff@alpha.example', roles: ['STAFF'] },
      ],
    });
    expect(e.code).toBe('CONFLICT');
    expect(e.extensions.fields).toEqual([{ field: 'email', message: 'already exists' }]);
    expect(await app.dataSource.getRepository(User).countBy({ email: 'new.one@alpha.example' })).toBe(0);
    expect(await app.dataSource.getRepository(AuditEvent).count()).toBe(audits);
  });

  it('records who changed what in the same transaction, readable through auditEvents', async () => {
    const created = (await top.data(CREATE_USERS, { input: [{ name: 'Anna Smit', email: 'Anna.Smit@alpha.example', roles: ['STAFF'] }] })).createUsers[0];
    expect(created.email).toBe('anna.smit@alpha.example');
    await top.data(UPDATE_USER, { id: created.id, input: { expectedVersion: created.version, name: 'Anna de Smit' } });
    const qm = await app.as(orgA, Role.QUALITY_MANAGER);
    const page1 = (await qm.data(AUDIT, { entityId: created.id, first: 1 })).auditEvents!;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges[0].node).toMatchObject({
      action: 'User.updated',
      entityType: 'User',
      actorId: orgA.users.TOP_MANAGEMENT,
      actorRoles: ['TOP_MANAGEMENT'],
      changes: { name: { from: 'Anna Smit', to: 'Anna de Smit' } },
    });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await qm.data(AUDIT, { entityId: created.id, first: 1, after: page1.pageInfo.endCursor })).auditEvents!;
    expect(nodes(page2).map((n) => n.action)).toEqual(['User.created']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const staff = await app.as(orgA, Role.STAFF);
    expect((await staff.error(AUDIT, {})).code).toBe('FORBIDDEN');
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit events in the database itself', async () => {
    expect(await app.dataSource.getRepository(AuditEvent).count()).toBeGreaterThan(0);
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('answers CONFLICT to an update that names a stale version', async () => {
    const [u] = (await top.data(CREATE_USERS, { input: [{ name: 'Bram', email: 'bram@alpha.example', roles: ['STAFF'] }] })).createUsers;
    await top.data(UPDATE_USER, { id: u.id, input: { expectedVersion: u.version, name: 'Bram 2' } });
    const e = await top.error(UPDATE_USER, { id: u.id, input: { expectedVersion: u.version, name: 'Bram 3' } });
    expect(e.code).toBe('CONFLICT');
    expect(e.extensions.field).toBe('input.expectedVersion');
    expect((await top.data(USER, { id: u.id })).user!.name).toBe('Bram 2');
  });
});

describe('smoke: tenancy', () => {
  it("answers another organisation's id exactly as a missing one", async () => {
    const bTop = await app.as(orgB, Role.TOP_MANAGEMENT);
    const foreign = orgA.users.STAFF;
    const missing = randomUUID();
    const readForeign = await bTop.error(USER, { id: foreign });
    const readMissing = await bTop.error(USER, { id: missing });
    expect(readForeign.code).toBe('NOT_FOUND');
    expect(readMissing.code).toBe('NOT_FOUND');
    expect(readForeign.message.replace(foreign, '<id>')).toBe(readMissing.message.replace(missing, '<id>'));
    const change = await bTop.error(UPDATE_USER, { id: foreign, input: { expectedVersion: 1, name: 'Hijacked' } });
    expect(change.code).toBe('NOT_FOUND');
    expect((await app.dataSource.getRepository(User).findOneByOrFail({ id: foreign })).name).toBe('STAFF of alpha');
    const list = (await bTop.data(USERS, { first: 100 })).users!;
    expect(nodes(list).every((n) => n.name.endsWith('of beta'))).toBe(true);
  });
});

describe('errors', () => {
  it('lists the invalid fields of bad input and writes nothing', async () => {
    const before = await app.dataSource.getRepository(User).count();
    const e = await top.error(CREATE_USERS, { input: [{ name: 'x'.repeat(201), email: 'not-an-email', roles: [] }] });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields!.map((f) => f.field).sort()).toEqual(['input.email', 'input.name', 'input.roles']);
    expect(await app.dataSource.getRepository(User).count()).toBe(before);
  });

  it('caps page size and rejects foreign cursors', async () => {
    const big = await top.error(USERS, { first: 101 });
    expect(big.code).toBe('BAD_USER_INPUT');
    expect(big.extensions.fields![0].field).toBe('first');
    const cursor = await top.error(USERS, { after: 'garbage' });
    expect(cursor.code).toBe('BAD_USER_INPUT');
    expect(cursor.extensions.fields![0].field).toBe('after');
  });

  it('pages through users with keyset cursors', async () => {
    const all: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: NonNullable<FoundationUsersQuery['users']> = (await top.data(USERS, { first: 2, after })).users!;
      all.push(...nodes(page).map((n) => n.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const total = (await top.data(USERS, { first: 100 })).users!;
    expect(all).toEqual(nodes(total).map((n) => n.name));
    expect(all.length).toBe(total.totalCount);
    expect([...all].sort((a, b) => (a < b ? -1 : 1))).toEqual(all);
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const bad = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me' });
    expect(bad.status).toBe(400);
    expect((await json<ErrorsBody>(bad)).errors[0].extensions!.code).toBe('BAD_REQUEST');
    const big = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(big.status).toBe(413);
    expect((await json<ErrorsBody>(big)).errors[0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('refuses queries over the alias limit with LIMIT_EXCEEDED', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    const e = await top.error(`{ ${aliases} }`);
    expect(e.code).toBe('LIMIT_EXCEEDED');
  });

  it('masks unexpected failures: no stack, no SQL, INTERNAL_SERVER_ERROR', async () => {
    await app.dataSource.query('ALTER TABLE app_user RENAME TO app_user_moved');
    try {
      const res = await top.request(USERS, {});
      const text = JSON.stringify(res.body);
      expect(res.body.errors?.[0]).toEqual(expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
      expect(text).not.toMatch(/app_user|relation|SELECT|stack|at /i);
    } finally {
      await app.dataSource.query('ALTER TABLE app_user_moved RENAME TO app_user');
    }
  });
});
