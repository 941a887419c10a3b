import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { Role } from './roles';
import { UnauthenticatedError } from '../common/errors';

/** What a token says about its bearer; the organisation is resolved from `org` (its slug). */
export interface TokenClaims {
  userId: string;
  organizationSlug: string;
  roles: Role[];
}

export type TokenVerifier = (token: string) => Promise<TokenClaims>;

const ROLE_SET = new Set<string>(Object.values(Role));

function claimsOf(payload: JWTPayload): TokenClaims {
  const org = payload['org'];
  const roles = payload['roles'];
  if (typeof payload.sub !== 'string' || !payload.sub) throw new UnauthenticatedError('Token has no subject (sub)');
  if (typeof org !== 'string' || !org) throw new UnauthenticatedError('Token has no organisation (org)');
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string' || !ROLE_SET.has(r))) {
    throw new UnauthenticatedError(`Token roles must be a list of ${[...ROLE_SET].join(', ')}`);
  }
  return { userId: payload.sub, organizationSlug: org, roles: roles as Role[] };
}

/**
 * Verifies bearer tokens: HS256 with a shared secret (development, simple set-ups) or the signing
 * keys of an OIDC provider's JWKS URL (production). Expiry is always checked.
 */
export function createTokenVerifier(auth: Config['auth']): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl))
    : new TextEncoder().encode(auth.secret);
  const algorithms = auth.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'];
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: auth.issuer,
        audience: auth.audience,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      // The key provider unreachable or answering garbage is not the caller's fault: it surfaces as
      // an internal error, logged with its cause, not as a bad token.
      if (!code?.startsWith('ERR_J') || code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JWKS_INVALID') throw error;
      throw new UnauthenticatedError(code === 'ERR_JWT_EXPIRED' ? 'Token expired' : 'Invalid token');
    }
    return claimsOf(payload);
  };
}

/** Signs an HS256 token (development and tests). */
export async function signToken(
  secret: string,
  claims: TokenClaims,
  options: { expiresIn?: string | number; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ org: claims.organizationSlug, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
