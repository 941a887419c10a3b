import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/roles';
import { signToken } from '../../src/auth/tokens';
import { NOT_A_MEMBER } from '../../src/auth/identity';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { User } from '../../src/modules/user/user.entity';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiClient, startTestApp, statementCounter, TEST_JWT_SECRET, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';
import type { IdentityAuditQuery } from '../graphql/graphql';

const ME = graphql(`query IdentityMe { me { id roles organizationSlug user { id name active } } }`);
const CREATE_USERS = graphql(`mutation IdentityCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version roles active } }`);
const UPDATE_USER = graphql(`mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version active roles } }`);
const AUDIT = graphql(`query IdentityAudit { auditEvents(first: 50) { edges { node { action entityId actorId actor { id name email } } } } }`);
const CREATE_X_IN_ALPHA = graphql(`mutation IdentityCreateXInAlpha { createUsers(input: [{ name: "X", email: "x@alpha.example", roles: [STAFF] }]) { id } }`);
const CREATE_X_IN_BETA = graphql(`mutation IdentityCreateXInBeta { createUsers(input: [{ name: "X", email: "x@beta.example", roles: [STAFF] }]) { id } }`);

let app: TestApp;
let alpha: TestOrganization;
let beta: TestOrganization;
let alphaTop: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  [alpha, beta] = [await app.createOrganization('alpha'), await app.createOrganization('beta')];
  alphaTop = await app.as(alpha, Role.TOP_MANAGEMENT);
});
afterAll(() => app.close());

/** A client with a token this service signed for `subject` in organisation `slug`. */
const tokenFor = async (subject: string, slug: string, roles?: Role[]) =>
  new ApiClient(app.url, await signToken(TEST_JWT_SECRET, { userId: subject, organizationSlug: slug, roles }, { expiresIn: '10m' }));

/** A new member of alpha, created through the API by top management. */
async function member(roles: Role[], name = `Member ${randomUUID().slice(0, 6)}`): Promise<{ id: string; version: number }> {
  const [created] = (await alphaTop.data(CREATE_USERS, { input: [{ name, email: `${randomUUID()}@alpha.example`, roles }] })).createUsers;
  return created;
}

/** The request is refused as unauthenticated, with the one message that tells nothing about members. */
async function expectRefused(client: ApiClient, document: DocumentTypeDecoration<unknown, { [key: string]: never }> = ME) {
  const res = await client.request(document, {});
  expect(res.status).toBe(401);
  expect(res.body.errors?.[0]).toMatchObject({ message: NOT_A_MEMBER, extensions: { code: 'UNAUTHENTICATED' } });
  expect(res.body.data ?? null).toBeNull();
}

describe('a token counts only for an active member of the organisation it names', () => {
  it('identifies the caller as the member, with the member record', async () => {
    const me = (await alphaTop.data(ME)).me!;
    expect(me).toEqual({
      id: alpha.users.TOP_MANAGEMENT,
      roles: ['TOP_MANAGEMENT'],
      organizationSlug: 'alpha',
      user: { id: alpha.users.TOP_MANAGEMENT, name: 'TOP_MANAGEMENT of alpha', active: true },
    });
  });

  it('refuses an inactive member, whatever roles the token claims', async () => {
    const users = app.dataSource.getRepository(User);
    const retired = await users.save(users.create({ organizationId: alpha.id, name: 'Retired', email: 'retired@alpha.example', roles: [Role.STAFF], active: false }));
    const audits = await app.dataSource.getRepository(AuditEvent).count();
    const client = await tokenFor(retired.id, 'alpha', [Role.COMPLAINT_OFFICER]);
    await expectRefused(client);
    await expectRefused(client, CREATE_X_IN_ALPHA);
    expect(await app.dataSource.getRepository(AuditEvent).count()).toBe(audits);
  });

  it("refuses a member of another organisation: a token of beta naming alpha's member", async () => {
    const audits = await app.dataSource.getRepository(AuditEvent).count();
    const client = await tokenFor(alpha.users.TOP_MANAGEMENT, 'beta', [Role.TOP_MANAGEMENT]);
    await expectRefused(client);
    await expectRefused(client, CREATE_X_IN_BETA);
    expect(await app.dataSource.getRepository(AuditEvent).count()).toBe(audits);
    expect(await app.dataSource.getRepository(User).countBy({ organizationId: beta.id, email: 'x@beta.example' })).toBe(0);
  });

  it.each([
    ['an unknown member id', () => randomUUID()],
    ['a subject that is not a member id', () => 'someone@idp'],
  ])('refuses %s exactly like an inactive or foreign member', async (_name, subject) => {
    await expectRefused(await tokenFor(subject(), 'alpha', [Role.QUALITY_MANAGER]));
    await expectRefused(await tokenFor(subject(), 'alpha'));
  });

  it('locks a member out at once when deactivated through this instance', async () => {
    const m = await member([Role.COMPLAINT_OFFICER]);
    const client = await tokenFor(m.id, 'alpha');
    expect((await client.data(ME)).me!.roles).toEqual(['COMPLAINT_OFFICER']);
    const updated = (await alphaTop.data(UPDATE_USER, { id: m.id, input: { expectedVersion: m.version, active: false } })).updateUser;
    expect(updated.active).toBe(false);
    await expectRefused(client);
    await alphaTop.data(UPDATE_USER, { id: m.id, input: { expectedVersion: updated.version, active: true, roles: ['STAFF'] } });
    expect((await client.data(ME)).me!.roles).toEqual(['STAFF']);
  });

  it("looks the caller's organisation and member up once, not on every request, until the cache expires", async () => {
    const m = await member([Role.COMPLAINT_OFFICER]);
    const client = await tokenFor(m.id, 'alpha');
    app.service.app.identities.clearCache();
    const statements = statementCounter(app.dataSource);
    await client.data(ME);
    const first = statements.identityLookups;
    statements.reset();
    await client.data(ME);
    expect({ first, second: statements.identityLookups }).toEqual({ first: 2, second: 0 });
  });

  it('locks a member out deactivated elsewhere (another instance) once the member cache expires', async () => {
    const m = await member([Role.COMPLAINT_OFFICER]);
    const client = await tokenFor(m.id, 'alpha');
    expect((await client.data(ME)).me!.id).toBe(m.id);
    await app.dataSource.getRepository(User).update({ id: m.id }, { active: false });
    // What MEMBER_CACHE_TTL_MS (10 s by default, at most 30 s) does on its own.
    app.service.app.identities.clearCache();
    await expectRefused(client);
  });
});

describe("the member's roles decide; a token's roles only narrow them", () => {
  it("takes the member's roles when the token lists none", async () => {
    const m = await member([Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER]);
    expect((await (await tokenFor(m.id, 'alpha')).data(ME)).me!.roles).toEqual(['QUALITY_MANAGER', 'COMPLAINT_OFFICER']);
  });

  it('narrows to the roles the token lists among those the member holds', async () => {
    const m = await member([Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER]);
    const narrowed = await tokenFor(m.id, 'alpha', [Role.COMPLAINT_OFFICER]);
    expect((await narrowed.data(ME)).me!.roles).toEqual(['COMPLAINT_OFFICER']);
    // auditEvents is for quality managers, not complaint officers.
    expect((await narrowed.error(AUDIT)).code).toBe('FORBIDDEN');
    expect((await (await tokenFor(m.id, 'alpha')).data(AUDIT)).auditEvents!.edges.length).toBeGreaterThan(0);
  });

  it('never widens: roles the member does not hold are ignored', async () => {
    const m = await member([Role.STAFF]);
    const widened = await tokenFor(m.id, 'alpha', [Role.STAFF, Role.TOP_MANAGEMENT]);
    expect((await widened.data(ME)).me!.roles).toEqual(['STAFF']);
    const before = await app.dataSource.getRepository(User).countBy({ organizationId: alpha.id });
    expect((await widened.error(CREATE_USERS, { input: [{ name: 'Y', email: 'y@alpha.example', roles: ['TOP_MANAGEMENT'] }] })).code).toBe('FORBIDDEN');
    const other = await tokenFor(m.id, 'alpha', [Role.TOP_MANAGEMENT]);
    expect((await other.data(ME)).me!.roles).toEqual([]);
    expect((await other.error(CREATE_USERS, { input: [{ name: 'Y', email: 'y@alpha.example', roles: ['TOP_MANAGEMENT'] }] })).code).toBe('FORBIDDEN');
    expect(await app.dataSource.getRepository(User).countBy({ organizationId: alpha.id })).toBe(before);
  });
});

describe('who did it: members of the same organisation', () => {
  it("AuditEvent.actor is the member who acted, loaded in one batch for the page", async () => {
    const a = await member([Role.STAFF], 'Actor A');
    await (await tokenFor(alpha.users.TOP_MANAGEMENT, 'alpha')).data(UPDATE_USER, { id: a.id, input: { expectedVersion: a.version, name: 'Actor A2' } });
    const secondManager = await member([Role.TOP_MANAGEMENT], 'Second manager');
    await (await tokenFor(secondManager.id, 'alpha')).data(CREATE_USERS, { input: [{ name: 'Hired', email: 'hired@alpha.example', roles: ['STAFF'] }] });
    const qm = await app.as(alpha, Role.QUALITY_MANAGER);
    const logger = app.dataSource.logger;
    const logQuery = logger.logQuery;
    const statements: string[] = [];
    logger.logQuery = (...args) => {
      statements.push(args[0]);
      return logQuery.apply(logger, args);
    };
    let events: NonNullable<IdentityAuditQuery['auditEvents']>['edges'];
    try {
      events = (await qm.data(AUDIT)).auditEvents!.edges;
    } finally {
      logger.logQuery = logQuery;
    }
    const update = events.find((e) => e.node.action === 'User.updated' && e.node.entityId === a.id)!.node;
    expect(update.actor).toMatchObject({ id: alpha.users.TOP_MANAGEMENT, name: 'TOP_MANAGEMENT of alpha' });
    expect(events.every((e) => e.node.actor?.id === e.node.actorId)).toBe(true);
    expect(events[0].node).toMatchObject({ action: 'User.created', actor: { id: secondManager.id, name: 'Second manager' } });
    // Two actors on the page, one statement loading members for it (besides authentication's own lookup).
    expect(statements.filter((sql) => /FROM "app_user"/.test(sql))).toHaveLength(1);
  });
});
