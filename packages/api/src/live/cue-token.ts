import { createHash, randomBytes } from 'node:crypto';

/**
 * A new private cue token for person A: 32 random bytes (256 bits), base64url.
 *
 * @example newCueToken() // 'q9X…' (43 characters)
 */
export function newCueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored of a cue token: its SHA-256 (hex). A copy of the database opens no screen.
 *
 * @example hashCueToken(token).length // 64
 */
export function hashCueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
