import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets whose holder needs no account (a complaint's tracking secret, a survey link's token): 32
 * random bytes (256 bits), URL-safe base64 (43 characters), shown once and stored only as their
 * SHA-256. A fast hash is enough: the secret is 256 random bits, not something a person chose, so no
 * dictionary or brute force over the hash finds it (a slow KDF protects low-entropy secrets and would
 * only cost every request CPU).
 */
export function newBearerSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: bearerSecretHash(secret) };
}

/** What is stored of a secret: its SHA-256, hex. A string of the wrong shape hashes too, and matches nothing. */
export function bearerSecretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether a string can be such a secret at all (checked before any statement, so that junk costs nothing). */
export const BEARER_SECRET = /^[A-Za-z0-9_-]{43}$/;
