import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { deleteExpiredAuthSessions } from './auth-session.repository.js';
import { pruneExpiredRateLimits } from './rate-limit.repository.js';

/** What one housekeeping round removed, per kind of row. */
export type HousekeepingResult = {
  readonly rateLimits: number;
  readonly authSessions: number;
};

/**
 * The advisory lock of housekeeping: one number for the whole platform, so only one process
 * prunes at a time (the bytes spell "jamhou"; no other lock here uses it).
 */
export const HOUSEKEEPING_LOCK = 0x6a616d_686f75n;

/**
 * Removes rows nobody can use any more: rate-limit buckets no window counts and sign-in
 * sessions that expired. Several server processes run this from their job loops; a
 * transaction-scoped advisory lock (`pg_try_advisory_xact_lock`) lets one of them do it and
 * the others skip (null) instead of deleting the same rows side by side. Idempotent.
 *
 * @example const removed = await pruneExpiredRows(db, new Date().toISOString()); // null: another process is at it
 */
export async function pruneExpiredRows(
  db: Kysely<Database>,
  now: string,
): Promise<HousekeepingResult | null> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${HOUSEKEEPING_LOCK}) as locked`.execute(trx);
    if (rows[0]?.locked !== true) return null;
    return {
      rateLimits: await pruneExpiredRateLimits(trx, now),
      authSessions: await deleteExpiredAuthSessions(trx, now),
    };
  });
}
