import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/** The outcome of one counted attempt. */
export type RateLimitHit = {
  /** Whether this attempt is within the limit. */
  readonly allowed: boolean;
  /** Attempts counted in the sliding window, this one included. */
  readonly count: number;
  /**
   * When enough of the counted attempts have slid out of the window for one more to be
   * allowed (ISO): the earliest moment to try again when refused.
   */
  readonly resetAt: string;
};

/**
 * The longest window a limit may use. Housekeeping keeps rows this long (plus one bucket), so
 * a longer window would silently forget attempts; {@link hitRateLimit} refuses one as a bug.
 */
export const RATE_LIMIT_LONGEST_WINDOW_SECONDS = 24 * 60 * 60;

/**
 * A window is counted in this many buckets (rows). More buckets track the window more
 * closely; ten keeps a key at a handful of rows.
 */
const BUCKETS_PER_WINDOW = 10;

function bucketMsOf(windowMs: number): number {
  return Math.max(1000, Math.ceil(windowMs / BUCKETS_PER_WINDOW));
}

/**
 * Counts `weight` attempts (default one) for `key` and says whether they stay within `max`
 * per `windowSeconds`. The window slides: it is counted in buckets, and a hit counts every
 * bucket that started within one window plus one bucket before it, so no stretch of
 * `windowSeconds` (wherever it starts) ever holds more than `max` allowed attempts, not
 * even across a bucket edge (a clock-aligned window allows twice the limit there). Refused
 * attempts count too: a client that keeps hammering stays refused.
 *
 * The current bucket is incremented atomically (`INSERT … ON CONFLICT DO UPDATE … RETURNING`)
 * in the same statement that reads the older buckets, which no longer change; so parallel
 * requests never both slip under the limit, on either engine and across processes.
 *
 * @example const hit = await hitRateLimit(db, `login:${ip}`, 900, 10, now); if (!hit.allowed) refuse(hit.resetAt);
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  windowSeconds: number,
  max: number,
  now: string,
  weight = 1,
): Promise<RateLimitHit> {
  if (windowSeconds > RATE_LIMIT_LONGEST_WINDOW_SECONDS) {
    throw new Error(`A rate-limit window of ${windowSeconds} s is longer than housekeeping keeps`);
  }
  const windowMs = windowSeconds * 1000;
  const bucketMs = bucketMsOf(windowMs);
  const nowMs = Date.parse(now);
  const bucketStartMs = Math.floor(nowMs / bucketMs) * bucketMs;
  const bucketStart = new Date(bucketStartMs).toISOString();
  const oldestCounted = new Date(bucketStartMs - Math.ceil(windowMs / bucketMs) * bucketMs);
  const { rows } = await sql<{ window_start: string | Date; count: number }>`
    with hit as (
      insert into rate_limit (key, window_start, count)
      values (${key}, ${bucketStart}, ${weight})
      on conflict (key, window_start) do update set count = rate_limit.count + ${weight}
      returning window_start, count
    )
    select window_start, count from rate_limit
      where key = ${key} and window_start >= ${oldestCounted.toISOString()}
        and window_start < ${bucketStart}
    union all
    select window_start, count from hit`.execute(db);
  const buckets = rows
    .map((row) => ({ startMs: new Date(row.window_start).getTime(), count: Number(row.count) }))
    .sort((a, b) => a.startMs - b.startMs);
  const count = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return { allowed: count <= max, count, resetAt: resetAtOf(buckets, windowMs, bucketMs, max) };
}

/**
 * The moment the oldest buckets have slid out far enough for one more attempt to fit. A
 * bucket stops counting once a whole window (rounded up to buckets) lies after its end.
 */
function resetAtOf(
  buckets: readonly { startMs: number; count: number }[],
  windowMs: number,
  bucketMs: number,
  max: number,
): string {
  const spanMs = Math.ceil(windowMs / bucketMs) * bucketMs + bucketMs;
  let remaining = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  for (const bucket of buckets) {
    remaining -= bucket.count;
    if (remaining + 1 <= max) return new Date(bucket.startMs + spanMs).toISOString();
  }
  // Unreachable with a positive weight: the last bucket is always passed.
  return new Date((buckets.at(-1)?.startMs ?? 0) + spanMs).toISOString();
}

/** Forgets the counts of a key (e.g. after a successful sign-in). */
export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('key', '=', key).execute();
}

/** Housekeeping: drops buckets that started before `before`; returns how many. */
export async function pruneRateLimits(db: Executor, before: string): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit')
    .where('window_start', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Housekeeping: drops every bucket that no window can count any more at `now` (older than
 * the longest window plus its bucket); returns how many.
 *
 * @example await pruneExpiredRateLimits(db, new Date().toISOString());
 */
export async function pruneExpiredRateLimits(db: Executor, now: string): Promise<number> {
  const longestMs = RATE_LIMIT_LONGEST_WINDOW_SECONDS * 1000;
  const keepMs = longestMs + 2 * bucketMsOf(longestMs);
  return pruneRateLimits(db, new Date(Date.parse(now) - keepMs).toISOString());
}
