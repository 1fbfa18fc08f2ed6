import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/** The outcome of one counted attempt. */
export type RateLimitHit = {
  /** Whether this attempt is within the limit. */
  readonly allowed: boolean;
  /** Attempts counted in the current window, this one included. */
  readonly count: number;
  /** When the current window ends (ISO): the earliest moment to try again when refused. */
  readonly resetAt: string;
};

/**
 * Counts one attempt for `key` in a fixed window of `windowSeconds` and says whether it stays
 * within `max`. Atomic on both engines (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`), so
 * parallel requests never both slip under the limit. Windows are aligned to the epoch.
 *
 * @example const hit = await hitRateLimit(db, `login:${ip}`, 900, 10, now); if (!hit.allowed) refuse(hit.resetAt);
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  windowSeconds: number,
  max: number,
  now: string,
): Promise<RateLimitHit> {
  const windowMs = windowSeconds * 1000;
  const startMs = Math.floor(Date.parse(now) / windowMs) * windowMs;
  const windowStart = new Date(startMs).toISOString();
  const row = await db
    .insertInto('rate_limit')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`rate_limit.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return {
    allowed: row.count <= max,
    count: row.count,
    resetAt: new Date(startMs + windowMs).toISOString(),
  };
}

/** Forgets the counts of a key (e.g. after a successful sign-in). */
export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('key', '=', key).execute();
}

/** Housekeeping: drops windows that started before `before`; returns how many. */
export async function pruneRateLimits(db: Executor, before: string): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit')
    .where('window_start', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
