import { createHash } from 'node:crypto';

/**
 * A short, stable stand-in for an address in idempotency keys, so keys say "once per
 * address" without spelling the address out.
 *
 * @example addressKey('iemand@zorg.example') // '6b1f…' (16 hex)
 */
export function addressKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 16);
}
