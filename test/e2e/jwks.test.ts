import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { ApiClient, startTestApp, TEST_JWT_SECRET, type TestApp, type TestOrganization } from '../support/app';

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
  app = await startTestApp({ JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'coc-api' });
  org = await app.createOrganization('oidc');
});
afterAll(async () => {
  await app.close();
  await new Promise((r) => jwks.close(r));
});

const oidcToken = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; kid?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID })
    .setSubject(org.users.QUALITY_MANAGER)
    .setIssuer(options.issuer ?? 'https://idp.example')
    .setAudience(options.audience ?? 'coc-api')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);

describe('smoke: tokens from an OIDC provider (JWKS)', () => {
  it("accepts a token signed with the provider's key", async () => {
    const client = new ApiClient(app.url, await oidcToken({ org: 'oidc', roles: [Role.QUALITY_MANAGER] }));
    expect((await client.data('{ me { id roles organizationSlug } }')).me).toEqual({
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
    const client = new ApiClient(app.url, await oidcToken({ org: 'oidc', roles: [Role.QUALITY_MANAGER] }, options));
    expect((await client.error('{ me { id } }')).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an HS256 token once a JWKS URL is configured', async () => {
    const hs = await signToken(TEST_JWT_SECRET, { userId: randomUUID(), organizationSlug: 'oidc', roles: [Role.AUDITOR] });
    expect((await new ApiClient(app.url, hs).error('{ me { id } }')).code).toBe('UNAUTHENTICATED');
  });

  it('refuses roles the service does not know', async () => {
    const client = new ApiClient(app.url, await oidcToken({ org: 'oidc', roles: ['ADMIN'] }));
    expect((await client.error('{ me { id } }')).code).toBe('UNAUTHENTICATED');
  });
});
