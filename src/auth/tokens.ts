import { createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config';
import { Role } from '../common/roles';
import { UnauthenticatedError } from '../common/errors';

/**
 * What a verified token says about its bearer. It is a claim, not the identity: the member it
 * names (src/auth/identity.ts) decides who the caller is and what they may do.
 */
export interface TokenClaims {
  /** The subject: a member id (tokens this service signs) or the provider's subject. */
  subject: string;
  /** The organisation's slug. */
  organizationSlug: string;
  /** Roles the token asks for: they can only narrow the member's roles. Null when the token has none. */
  roles: Role[] | null;
  /** The provider's `email` claim, when present. */
  email: string | null;
  /** The provider's `email_verified` claim is `true`. */
  emailVerified: boolean;
}

/** What this service puts into the tokens it signs (development, tests, `npm run token`). */
export interface SignedClaims {
  userId: string;
  organizationSlug: string;
  /** Omitted: the token carries the member's roles, whatever they are when it is used. */
  roles?: Role[];
}

export type TokenVerifier = (token: string) => Promise<TokenClaims>;

export type ClaimNames = Config['auth']['claims'];

export const DEFAULT_CLAIMS: ClaimNames = { organization: 'org', subject: 'sub', roles: 'roles' };

const ROLE_SET = new Set<string>(Object.values(Role));

/** A claim by name, or by dotted path into nested claims (`realm_access.roles`) when no claim has that exact name. */
function claimAt(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function claimsOf(payload: JWTPayload, names: ClaimNames): TokenClaims {
  const subject = claimAt(payload, names.subject);
  const org = claimAt(payload, names.organization);
  const roles = claimAt(payload, names.roles);
  if (typeof subject !== 'string' || !subject) throw new UnauthenticatedError(`Token has no subject (${names.subject})`);
  if (typeof org !== 'string' || !org) throw new UnauthenticatedError(`Token has no organisation (${names.organization})`);
  if (roles !== undefined && (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string' || !ROLE_SET.has(r)))) {
    throw new UnauthenticatedError(`Token roles (${names.roles}) must be a list of ${[...ROLE_SET].join(', ')}`);
  }
  const email = payload['email'];
  return {
    subject,
    organizationSlug: org,
    roles: roles === undefined ? null : (roles as Role[]),
    email: typeof email === 'string' && email ? email : null,
    emailVerified: payload['email_verified'] === true,
  };
}

/** How long a verified token's claims are reused without checking its signature again (never past its expiry). */
export const VERIFIED_TOKEN_TTL_MS = 60_000;

/**
 * Verifies bearer tokens: HS256 with a shared secret (development, simple set-ups) or the signing
 * keys of an OIDC provider's JWKS URL (production). Expiry is always checked. Claim names follow
 * the configuration (`JWT_ORG_CLAIM`, `JWT_SUBJECT_CLAIM`, `JWT_ROLES_CLAIM`).
 *
 * A client sends the same token with every request: its verified claims are kept for
 * {@link VERIFIED_TOKEN_TTL_MS} (at most until it expires), keyed by the whole token, so that a
 * request does not pay for a signature check its token already passed. A different token, or the
 * same one past its expiry, is verified again. A key removed from the provider's JWKS stops
 * accepting its tokens within that time.
 */
export function createTokenVerifier(auth: Config['auth']): TokenVerifier {
  // The shared secret is imported once: jose would import a raw key into WebCrypto on every call.
  const key: KeyObject | JWTVerifyGetKey = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : createSecretKey(Buffer.from(auth.secret!, 'utf8')); // the configuration requires a secret without a JWKS URL
  const algorithms = auth.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'];
  const verified = new LRUCache<string, TokenClaims>({ max: 10_000, ttl: VERIFIED_TOKEN_TTL_MS, ttlAutopurge: false });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as KeyObject, {
        algorithms,
        issuer: auth.issuer,
        audience: auth.audience,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      // The key provider unreachable or answering garbage is not the caller's fault: it surfaces as
      // an internal error, logged with its cause, not as a bad token.
      if (!code?.startsWith('ERR_J') || code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JWKS_INVALID') throw error;
      throw new UnauthenticatedError(code === 'ERR_JWT_EXPIRED' ? 'Token expired' : 'Invalid token');
    }
    const claims = claimsOf(payload, auth.claims ?? DEFAULT_CLAIMS);
    const untilExpiry = (payload.exp as number) * 1000 - Date.now();
    if (untilExpiry > 0) verified.set(token, claims, { ttl: Math.min(VERIFIED_TOKEN_TTL_MS, untilExpiry) });
    return claims;
  };
}

/** Signs an HS256 token for a member (development and tests), with the configured claim names. */
export async function signToken(
  secret: string,
  claims: SignedClaims,
  options: { expiresIn?: string | number; issuer?: string; audience?: string; claims?: ClaimNames } = {},
): Promise<string> {
  const names = options.claims ?? DEFAULT_CLAIMS;
  const body: Record<string, unknown> = { [names.organization]: claims.organizationSlug };
  if (claims.roles) body[names.roles] = claims.roles;
  if (names.subject !== 'sub') body[names.subject] = claims.userId;
  let jwt = new SignJWT(body)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
