import { hitRateLimit } from '@jamsessie/db';
import type { DbOrTx } from '../context.js';
import { rateLimitKey } from './rate-limit.js';

/** A budget of API reads per client: at most `limit` calls in any stretch of `windowMs`. */
export type ReadBudget = { readonly limit: number; readonly windowMs: number };

/**
 * The reads one client (an IPv4 address or an IPv6 /64) may ask for. A visitor's browser
 * asks a handful of calls per page and caches them for a minute; even a busy office behind
 * one address stays far below 10 calls a second. A script hammering the API meets it within
 * seconds, and from then on costs the server one counter update per request.
 */
export const PUBLIC_READ_BUDGET: ReadBudget = { limit: 600, windowMs: 60_000 };

/** The outcome of {@link spendReadBudget}. */
export type ReadBudgetOutcome =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Spends `calls` reads of the client's budget (a batch of ten calls costs ten), counted in
 * the database's sliding-window counters, so every server process shares one budget. Refused
 * reads count too: a client that keeps hammering stays refused.
 *
 * @example const outcome = await spendReadBudget(db, clientKey, 3, new Date());
 * if (!outcome.allowed) res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
 */
export async function spendReadBudget(
  db: DbOrTx,
  clientKey: string,
  calls: number,
  now: Date,
  budget: ReadBudget = PUBLIC_READ_BUDGET,
): Promise<ReadBudgetOutcome> {
  const hit = await hitRateLimit(
    db,
    rateLimitKey('reads', 'client', clientKey),
    Math.round(budget.windowMs / 1000),
    budget.limit,
    now.toISOString(),
    calls,
  );
  if (hit.allowed) return { allowed: true };
  const wait = Math.ceil((Date.parse(hit.resetAt) - now.getTime()) / 1000);
  return { allowed: false, retryAfterSeconds: Math.max(1, wait) };
}
