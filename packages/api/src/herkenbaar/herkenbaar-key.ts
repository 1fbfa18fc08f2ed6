import { createHmac, randomBytes } from 'node:crypto';
import { herkenbaarKey, type Executor } from '@jamsessie/db';

/**
 * The key under which one person's mark on one question is stored: HMAC-SHA-256, under the
 * installation's secret key, of the person's proven address and the question's id.
 *
 * Why this shape: the same person marking the same question twice yields the same key (the
 * table's primary key), so a mark counts once and can be taken back; a different person or
 * question yields an unrelated key. The address and person id are never stored, so neither
 * the marks table nor a copy of it says who marked what. Only a holder of the secret key AND
 * a candidate address could test that address — the server does exactly that, for the one
 * signed-in address, when it shows a participant their own marks; no procedure lets anyone
 * else (coordinators included) ask. Erasing a person leaves their marks as anonymous counts:
 * deleting them would itself show which questions they had marked.
 *
 * @example markKey(secret, 'iemand@zorg.example', dilemmaId) // '3f1c…' (64 hex characters)
 */
export function markKey(secret: string, email: string, dilemmaId: string): string {
  return createHmac('sha256', secret)
    .update(`herkenbaar\u0000${email.toLowerCase()}\u0000${dilemmaId}`)
    .digest('hex');
}

/**
 * The installation's secret key, made from 32 random bytes by the first process that needs
 * it and kept in the database so every process and every restart uses the same one.
 *
 * @example const secret = await markSecret(ctx.db);
 */
export function markSecret(db: Executor): Promise<string> {
  return herkenbaarKey(db, randomBytes(32).toString('hex'));
}
