import { createHash, randomBytes } from 'node:crypto';

/** How long a coordinator stays signed in without logging in again. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * A fresh session token (32 random bytes, base64url) and the SHA-256 hash that is stored.
 * Only the hash reaches the database, so a leaked table cannot be replayed as cookies.
 *
 * @example const { token, tokenHash } = newSessionToken(); // token → cookie, hash → db
 */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

/**
 * The stored form of a session token: hex SHA-256. A fast hash is right here because the
 * token has 256 bits of entropy (unlike a password).
 *
 * @example hashSessionToken('abc') // '<64 hex characters>'
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** When a session created at `now` expires. */
export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_TTL_MS);
}
