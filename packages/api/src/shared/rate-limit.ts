import { createHash } from 'node:crypto';
import { hitRateLimit, type Executor } from '@jamsessie/db';
import { toTRPCError } from '../errors.js';

/** A limit: at most `limit` hits in any stretch of `windowMs` (a sliding window). */
export type RateLimitRule = {
  /** The counter's key, e.g. `login:client:<key>`; see {@link rateLimitKey}. */
  key: string;
  limit: number;
  windowMs: number;
};

/**
 * A counter key that never stores personal data in clear: the value (an e-mail address, a
 * client address) is reduced to a SHA-256 prefix.
 *
 * @example rateLimitKey('login', 'email', 'iemand@zorg.nl') // 'login:email:3f1a…'
 */
export function rateLimitKey(action: string, kind: string, value: string): string {
  const digest = createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 32);
  return `${action}:${kind}:${digest}`;
}

function minutesText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'een minuut' : `${minutes} minuten`;
}

/**
 * Counts a hit against every rule (the db's sliding-window counters, shared by every server
 * process) and refuses with TOO_MANY_REQUESTS (domain code
 * 'RATE_LIMITED', Dutch message) when any is exceeded. All rules are counted, so a caller
 * cannot dodge one limit by tripping another first.
 *
 * @example await enforceRateLimits(ctx.db, ctx.now(), [
 *   { key: rateLimitKey('login', 'client', ctx.clientKey), limit: 30, windowMs: 15 * 60_000 },
 * ]);
 */
export async function enforceRateLimits(
  db: Executor,
  now: Date,
  rules: readonly RateLimitRule[],
): Promise<void> {
  let retryAfterSeconds = 0;
  for (const rule of rules) {
    const hit = await hitRateLimit(
      db,
      rule.key,
      Math.round(rule.windowMs / 1000),
      rule.limit,
      now.toISOString(),
    );
    if (!hit.allowed) {
      const wait = Math.max(1, Math.ceil((Date.parse(hit.resetAt) - now.getTime()) / 1000));
      retryAfterSeconds = Math.max(retryAfterSeconds, wait);
    }
  }
  if (retryAfterSeconds > 0) {
    throw toTRPCError({
      code: 'RATE_LIMITED',
      message: `Te veel pogingen. Probeer het over ${minutesText(retryAfterSeconds)} opnieuw.`,
      details: { retryAfterSeconds },
    });
  }
}

/**
 * Counts a hit against one rule and tells whether it is still within the limit, without
 * refusing: for limits whose refusal would itself reveal something (a flood of sign-in
 * requests for one address is answered like any other request, only no mail goes out).
 *
 * @example if (await withinRateLimit(ctx.db, now, rule)) await sendTheMail();
 */
export async function withinRateLimit(
  db: Executor,
  now: Date,
  rule: RateLimitRule,
): Promise<boolean> {
  const hit = await hitRateLimit(
    db,
    rule.key,
    Math.round(rule.windowMs / 1000),
    rule.limit,
    now.toISOString(),
  );
  return hit.allowed;
}
