import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Role } from '../../src/common/roles';
import { signToken } from '../../src/auth/tokens';
import { NOT_A_MEMBER } from '../../src/auth/identity';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { User } from '../../src/modules/user/user.entity';
import { ApiClient, startTestApp, TEST_JWT_SECRET, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

const WHO_AM_I = graphql(`query JwksWhoAmI { me { id roles organizationSlug } }`);
const ME_ID = graphql(`query JwksMeId { me { id } }`);

let app: TestApp;
let org: TestOrganization;
let jwks: http.Server;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
const KID = 'test-key-1';

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  const { port } = jwks.address() as { port: number };
  app = await startTestApp({
    JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    JWT_ISSUER: 'https://idp.example',
    JWT_AUDIENCE: 'coc-api',
    // Keycloak-style: roles nested in realm_access, the tenant in a namespaced claim.
    JWT_ROLES_CLAIM: 'realm_access.roles',
    JWT_ORG_CLAIM: 'https://coc.example/org',
    OIDC_LINK_BY_EMAIL: 'true',
  });
  org = await app.createOrganization('oidc');
});
afterAll(async () => {
  await app.close();
  await new Promise((r) => jwks.close(r));
});

const oidcToken = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; kid?: string; subject?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID })
    .setSubject(options.subject ?? org.users.QUALITY_MANAGER)
    .setIssuer(options.issuer ?? 'https://idp.example')
    .setAudience(options.audience ?? 'coc-api')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);

describe('smoke: tokens from an OIDC provider (JWKS)', () => {
  it("accepts a token signed with the provider's key", async () => {
    const client = new ApiClient(app.url, await oidcToken({ 'https://coc.example/org': 'oidc', realm_access: { roles: [Role.QUALITY_MANAGER] } }));
    expect((await client.data(WHO_AM_I)).me).toEqual({
      id: org.users.QUALITY_MANAGER,
      roles: ['QUALITY_MANAGER'],
      organizationSlug: 'oidc',
    });
  });

  it.each([
    ['another issuer', { issuer: 'https://evil.example' }],
    ['another audience', { audience: 'other-api' }],
    ['an unknown key id', { kid: 'unknown' }],
  ])('refuses a token with %s', async (_name, options) => {
    const client = new ApiClient(app.url, await oidcToken({ 'https://coc.example/org': 'oidc', realm_access: { roles: [Role.QUALITY_MANAGER] } }, options));
    expect((await client.error(ME_ID)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an HS256 token once a JWKS URL is configured', async () => {
    const hs = await signToken(TEST_JWT_SECRET, { userId: randomUUID(), organizationSlug: 'oidc', roles: [Role.AUDITOR] });
    expect((await new ApiClient(app.url, hs).error(ME_ID)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses roles the service does not know', async () => {
    const client = new ApiClient(app.url, await oidcToken({ 'https://coc.example/org': 'oidc', realm_access: { roles: ['ADMIN'] } }));
    expect((await client.error(ME_ID)).code).toBe('UNAUTHENTICATED');
  });
});

describe("members linked to the provider's subject", () => {
  const ME = graphql(`query JwksMember { me { id roles user { id email externalSubject } } }`);
  const claims = (extra: Record<string, unknown> = {}) => ({ 'https://coc.example/org': 'oidc', ...extra });
  const invite = async (email: string, fields: Partial<User> = {}) => {
    const users = app.dataSource.getRepository(User);
    return users.save(users.create({ organizationId: org.id, name: email, email, roles: [Role.COMPLAINT_OFFICER, Role.STAFF], ...fields }));
  };
  const refused = async (token: string) => {
    const res = await new ApiClient(app.url, token).request(ME, {});
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toMatchObject({ message: NOT_A_MEMBER, extensions: { code: 'UNAUTHENTICATED' } });
  };

  it("matches a member by the provider's subject (externalSubject)", async () => {
    const m = await invite('known@oidc.example', { externalSubject: 'idp|known' });
    const client = new ApiClient(app.url, await oidcToken(claims(), { subject: 'idp|known' }));
    expect((await client.data(ME)).me).toEqual({ id: m.id, roles: ['COMPLAINT_OFFICER', 'STAFF'], user: { id: m.id, email: 'known@oidc.example', externalSubject: 'idp|known' } });
  });

  it('links a first sign-in to the invited member with the same verified e-mail, once, and audits it', async () => {
    const m = await invite('eva@oidc.example');
    const first = await oidcToken(claims({ email: 'Eva@OIDC.example', email_verified: true, realm_access: { roles: ['COMPLAINT_OFFICER'] } }), { subject: 'idp|eva' });
    expect((await new ApiClient(app.url, first).data(ME)).me).toEqual({
      id: m.id,
      roles: ['COMPLAINT_OFFICER'],
      user: { id: m.id, email: 'eva@oidc.example', externalSubject: 'idp|eva' },
    });
    const [link] = await app.dataSource.getRepository(AuditEvent).findBy({ organizationId: org.id, action: 'User.linked', entityId: m.id });
    expect(link).toMatchObject({ actorId: m.id, changes: { externalSubject: { from: null, to: 'idp|eva' } } });
    // From now on the subject alone is enough, and the address cannot be linked to another subject.
    expect((await new ApiClient(app.url, await oidcToken(claims(), { subject: 'idp|eva' })).data(ME)).me!.id).toBe(m.id);
    await refused(await oidcToken(claims({ email: 'eva@oidc.example', email_verified: true }), { subject: 'idp|mallory' }));
    expect(await app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id, action: 'User.linked', entityId: m.id })).toBe(1);
  });

  it.each([
    ['an unverified e-mail', { email: 'unverified@oidc.example', email_verified: false }, {}],
    ['no email_verified claim', { email: 'unverified@oidc.example' }, {}],
    ['the e-mail of an inactive member', { email: 'gone@oidc.example', email_verified: true }, { active: false }],
  ])('refuses and links nothing with %s', async (_name, extra, fields) => {
    const email = (extra as { email: string }).email;
    const m = (await app.dataSource.getRepository(User).findOneBy({ organizationId: org.id, email })) ?? (await invite(email, fields));
    await refused(await oidcToken(claims(extra), { subject: `idp|${randomUUID()}` }));
    expect((await app.dataSource.getRepository(User).findOneByOrFail({ id: m.id })).externalSubject).toBeNull();
  });

  it('refuses a verified e-mail of a member of another organisation', async () => {
    const other = await app.createOrganization('other-oidc');
    const token = await oidcToken(claims({ email: `staff@other-oidc.example`, email_verified: true }), { subject: 'idp|other' });
    await refused(token);
    expect((await app.dataSource.getRepository(User).findOneByOrFail({ id: other.users.STAFF })).externalSubject).toBeNull();
  });
});
