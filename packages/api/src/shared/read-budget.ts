import { hitRateLimit, type Executor } from '@jamsessie/db';
import { rateLimitKey } from './rate-limit.js';

/** One rule of a read budget: at most `limit` calls in any stretch of `windowMs`. */
export type ReadBudget = { readonly limit: number; readonly windowMs: number };

/**
 * The reads one client (an IPv4 address or an IPv6 /64) may ask for, in two rules. A
 * visitor's browser asks a handful of calls per page and caches them for a minute, so it
 * stays far below both. A script meets the short rule within its first few batches, so it
 * can't burst hundreds of calls into the database at once and slow everyone else down; the
 * long rule caps a script that paces itself. From then on it costs the server one counter
 * update per request.
 */
export const PUBLIC_READ_BUDGET: readonly ReadBudget[] = [
  { limit: 50, windowMs: 10_000 },
  { limit: 300, windowMs: 60_000 },
];

/** The outcome of {@link spendReadBudget}. */
export type ReadBudgetOutcome =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Spends `calls` reads of the client's budget (a batch of ten calls costs ten) under every
 * rule, counted in the database's sliding-window counters, so every server process shares one
 * budget. All rules are counted, and refused reads count too: a client that keeps hammering
 * stays refused.
 *
 * @example const outcome = await spendReadBudget(db, clientKey, 3, new Date());
 * if (!outcome.allowed) res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
 */
export async function spendReadBudget(
  db: Executor,
  clientKey: string,
  calls: number,
  now: Date,
  budget: readonly ReadBudget[] = PUBLIC_READ_BUDGET,
): Promise<ReadBudgetOutcome> {
  let retryAfterSeconds = 0;
  for (const rule of budget) {
    const windowSeconds = Math.round(rule.windowMs / 1000);
    const hit = await hitRateLimit(
      db,
      rateLimitKey(`reads-${windowSeconds}s`, 'client', clientKey),
      windowSeconds,
      rule.limit,
      now.toISOString(),
      calls,
    );
    if (!hit.allowed) {
      const wait = Math.ceil((Date.parse(hit.resetAt) - now.getTime()) / 1000);
      retryAfterSeconds = Math.max(retryAfterSeconds, wait, 1);
    }
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}
