import type { LoginFailureStats } from '@jamsessie/db';
import { formatWait } from '@jamsessie/domain';

/**
 * The sign-in throttle. Failures are counted over `windowMs` from three sides; past a free
 * number each further failure doubles the wait (from `baseDelayMs` up to `maxDelayMs`), counted
 * from the client's own latest failure. Nothing ever locks an address outright: a client
 * without recent failures on an address always gets its attempt checked, so someone guessing
 * from elsewhere cannot keep the owner out.
 * - `pair`: one client on one address (the usual guesser);
 * - `client`: one client on any address (spraying many accounts);
 * - `address`: all clients on one address (a guesser with many addresses). It only slows
 *   clients that themselves failed on that address recently.
 */
export const LOGIN_THROTTLE = {
  windowMs: 60 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  free: { pair: 5, client: 20, address: 10 },
} as const;

/**
 * The wait after `failures` failures when `free` of them cost nothing.
 *
 * @example delayAfterFailures(5, 5) // 1000; delayAfterFailures(7, 5) // 4000
 */
export function delayAfterFailures(failures: number, free: number): number {
  if (failures < free) return 0;
  const doubled = LOGIN_THROTTLE.baseDelayMs * 2 ** Math.min(failures - free, 30);
  return Math.min(doubled, LOGIN_THROTTLE.maxDelayMs);
}

function waitFrom(lastAt: string | null, delayMs: number, now: Date): number {
  if (lastAt === null || delayMs === 0) return 0;
  return Math.max(0, Date.parse(lastAt) + delayMs - now.getTime());
}

/**
 * How long (ms) this client must wait before its next attempt on this address is checked;
 * 0 when it may try now.
 *
 * @example loginWaitMs(await loginFailureStats(db, keys, since), now) // 0
 */
export function loginWaitMs(stats: LoginFailureStats, now: Date): number {
  const { free } = LOGIN_THROTTLE;
  const pair = waitFrom(stats.pair.lastAt, delayAfterFailures(stats.pair.count, free.pair), now);
  const client = waitFrom(
    stats.client.lastAt,
    delayAfterFailures(stats.client.count, free.client),
    now,
  );
  // Measured from this client's own latest failure on the address, so a person who mistyped
  // once while others hammer the address waits a bounded time, not as long as the attack lasts.
  const address = waitFrom(
    stats.pair.lastAt,
    delayAfterFailures(stats.address.count, free.address),
    now,
  );
  return Math.max(pair, client, address);
}

/**
 * The Dutch refusal text for a wait of `ms`.
 *
 * @example throttleMessage(4000) // 'Te veel mislukte pogingen. Probeer het over 4 seconden opnieuw.'
 */
export function throttleMessage(ms: number): string {
  return `Te veel mislukte pogingen. Probeer het over ${formatWait(ms / 1000)} opnieuw.`;
}
