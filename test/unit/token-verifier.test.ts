import { SignJWT } from 'jose';
import { createTokenVerifier, signToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { Role } from '../../src/common/roles';

const SECRET = 'token-verifier-secret-token-verifier-1';
const auth = loadConfig({ JWT_SECRET: SECRET, NODE_ENV: 'test' }).auth;
const claims = { userId: '5b0c6a52-0a57-4b39-9b8f-1a1a3b2c4d5e', organizationSlug: 'acme', roles: [Role.QUALITY_MANAGER] };

/** A token that expires `seconds` from now. */
async function expiringIn(seconds: number, secret = SECRET): Promise<string> {
  return new SignJWT({ org: 'acme', roles: [Role.QUALITY_MANAGER] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
    .sign(new TextEncoder().encode(secret));
}

describe('the token verifier (verified tokens reused)', () => {
  it('answers the same claims for a token it has verified, and refuses it once expired', async () => {
    const verify = createTokenVerifier(auth);
    const token = await expiringIn(2);
    const first = await verify(token);
    expect(first).toEqual({ subject: claims.userId, organizationSlug: 'acme', roles: [Role.QUALITY_MANAGER], email: null, emailVerified: false });
    expect(await verify(token)).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verify(token)).rejects.toThrow('Token expired');
  });

  it('never takes a token for one it verified: another signature, another secret or altered claims are checked and refused', async () => {
    const verify = createTokenVerifier(auth);
    const token = await signToken(SECRET, claims);
    await verify(token);
    const [header, payload, signature] = token.split('.');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    await expect(verify(`${header}.${payload}.${flipped}`)).rejects.toThrow('Invalid token');
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), org: 'other' })).toString('base64url');
    await expect(verify(`${header}.${otherPayload}.${signature}`)).rejects.toThrow('Invalid token');
    await expect(verify(await expiringIn(60, 'another-secret-another-secret-another-1'))).rejects.toThrow('Invalid token');
  });
});
