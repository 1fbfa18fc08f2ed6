import {
  clearLoginFailures,
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

/**
 * Refuses with TOO_MANY_REQUESTS (Dutch, with `retryAfterSeconds`) when this client must still
 * wait before its next password check on this address; see {@link LOGIN_THROTTLE}.
 *
 * @example const keys = await assertMayTryPassword(ctx, input.email);
 */
export async function assertMayTryPassword(ctx: Context, email: string): Promise<LoginFailureKeys> {
  const keys = loginFailureKeys(ctx, email);
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs).toISOString();
  const wait = loginWaitMs(await loginFailureStats(ctx.db, keys, since), now);
  if (wait > 0) {
    throw toTRPCError({
      code: 'RATE_LIMITED',
      message: throttleMessage(wait),
      details: { retryAfterSeconds: Math.ceil(wait / 1000) },
    });
  }
  return keys;
}

/** Notes a wrong password for these keys (the next attempt may have to wait). */
export async function notePasswordFailure(ctx: Context, keys: LoginFailureKeys): Promise<void> {
  await recordLoginFailure(ctx.db, keys, ctx.now().toISOString());
}

/** Forgets this client's failures on this address after a correct password. */
export async function notePasswordSuccess(ctx: Context, keys: LoginFailureKeys): Promise<void> {
  await clearLoginFailures(ctx.db, keys);
}
