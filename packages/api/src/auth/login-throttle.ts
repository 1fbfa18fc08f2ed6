import {
  clearLoginFailures,
  deleteLoginFailure,
  loginFailureStats,
  recordLoginFailure,
  type LoginFailureKeys,
} from '@jamsessie/db';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';
import { rateLimitKey } from '../shared/rate-limit.js';
import { LOGIN_THROTTLE, loginWaitMs, throttleMessage } from './login-throttle.rules.js';

/** The throttle's keys for this caller and address: hashes, so no address is stored in clear. */
export function loginFailureKeys(ctx: Context, email: string): LoginFailureKeys {
  return {
    addressKey: rateLimitKey('login', 'email', email.trim().toLowerCase()),
    clientKey: rateLimitKey('login', 'client', ctx.clientKey),
  };
}

/** A password check in progress: noted as a failure until it succeeds. */
export type PasswordAttempt = { readonly keys: LoginFailureKeys; readonly id: number };

/**
 * Starts a password check: notes it as a failure first (so parallel attempts from one client
 * count each other, and a burst cannot slip past the free attempts), then refuses with
 * TOO_MANY_REQUESTS (Dutch, with `retryAfterSeconds`) and takes the note back when this client
 * must still wait before its next check on this address; see {@link LOGIN_THROTTLE}.
 *
 * @example const attempt = await assertMayTryPassword(ctx, input.email);
 */
export async function assertMayTryPassword(ctx: Context, email: string): Promise<PasswordAttempt> {
  const keys = loginFailureKeys(ctx, email);
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs).toISOString();
  const id = await recordLoginFailure(ctx.db, keys, now.toISOString());
  const wait = loginWaitMs(await loginFailureStats(ctx.db, keys, since, id), now);
  if (wait > 0) {
    await deleteLoginFailure(ctx.db, id);
    throw toTRPCError({
      code: 'RATE_LIMITED',
      message: throttleMessage(wait),
      details: { retryAfterSeconds: Math.ceil(wait / 1000) },
    });
  }
  return { keys, id };
}

/**
 * Forgets this client's failures on this address (the attempt's own note included) after a
 * correct password. A wrong one needs nothing more: its note stays as the failure it is.
 */
export async function notePasswordSuccess(ctx: Context, attempt: PasswordAttempt): Promise<void> {
  await clearLoginFailures(ctx.db, attempt.keys);
}
