import { coordinatorPaths } from '@jamsessie/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  consumePasswordResetToken,
  findAccountById,
  findAccountForSignIn,
  findUsablePasswordResetToken,
  insertPasswordResetToken,
} from '@jamsessie/db';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';
import { enqueueMail } from '../mail/outbox.js';
import { passwordResetMail } from '../mail/templates/password-reset.template.js';
import { enforceRateLimits, rateLimitKey } from '../shared/rate-limit.js';
import { replacePassword } from './password-change.service.js';
import { assertStrongPassword } from './password-strength.js';
import { hashSessionToken, newSessionToken } from './session-token.js';

/** Where the link in the mail leads: the admin app's page; the token rides in the fragment. */
export const PASSWORD_RESET_PATH = coordinatorPaths.resetPassword();

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/** The one answer to every reset request, known address or not. */
export const PASSWORD_RESET_ANSWER = { status: 'received' } as const;

/** Every request takes at least this long, so timing does not tell whether a mail was queued. */
export const PASSWORD_RESET_MIN_MS = 300;

/** Limits: per client (scanning addresses) and per address (mail bombing one person). */
export const PASSWORD_RESET_LIMITS = {
  perClient: { limit: 10, windowMs: 60 * 60_000 },
  perAddress: { limit: 3, windowMs: 60 * 60_000 },
} as const;

/** The Dutch refusal for an unknown, used or expired link. */
export const RESET_LINK_INVALID =
  'Deze link werkt niet meer: hij is al gebruikt, verlopen of onvolledig. Vraag een nieuwe aan.';

/**
 * "Wachtwoord vergeten": for an enabled account, stores a one-time token (32 random bytes,
 * only its SHA-256 kept, valid {@link PASSWORD_RESET_TTL_MINUTES} minutes) and queues a mail
 * with the link. Always answers {@link PASSWORD_RESET_ANSWER} after at least
 * {@link PASSWORD_RESET_MIN_MS}, so neither answer nor timing tells whether the address has
 * an account.
 *
 * @example await requestPasswordReset(ctx, { email: 'coordinator@beweging.example' })
 */
export async function requestPasswordReset(
  ctx: Context,
  input: { email: string },
): Promise<typeof PASSWORD_RESET_ANSWER> {
  const started = performance.now();
  const now = ctx.now();
  await enforceRateLimits(ctx.db, now, [
    { key: rateLimitKey('reset', 'client', ctx.clientKey), ...PASSWORD_RESET_LIMITS.perClient },
    { key: rateLimitKey('reset', 'email', input.email), ...PASSWORD_RESET_LIMITS.perAddress },
  ]);
  const account = await findAccountForSignIn(ctx.db, input.email);
  if (account && !account.disabled) {
    const { token, tokenHash } = newSessionToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
    const link = `${ctx.baseUrl}${PASSWORD_RESET_PATH}#${token}`;
    await ctx.db.transaction().execute(async (tx) => {
      await insertPasswordResetToken(tx, {
        tokenHash,
        accountId: account.id,
        expiresAt: expiresAt.toISOString(),
      });
      await enqueueMail(tx, {
        to: account.email,
        ...passwordResetMail(link, PASSWORD_RESET_TTL_MINUTES),
        idempotencyKey: `password-reset:${tokenHash}`,
        notBefore: now,
        unfiltered: 'account mail',
      });
    });
    ctx.mailer.wake();
  }
  const elapsed = performance.now() - started;
  if (elapsed < PASSWORD_RESET_MIN_MS) await sleep(PASSWORD_RESET_MIN_MS - elapsed);
  return PASSWORD_RESET_ANSWER;
}

/**
 * Sets a new password with a reset link's token: the password must be strong (checked before
 * the link is spent), the token is used once, every session of the account ends and a
 * temporary password is cleared. Refuses an unknown, used or expired token with
 * {@link RESET_LINK_INVALID}.
 *
 * @example await resetPasswordWithToken(ctx, { token, newPassword: 'paardenbloem-koffie-fietsbel' })
 */
export async function resetPasswordWithToken(
  ctx: Context,
  input: { token: string; newPassword: string },
): Promise<void> {
  const now = ctx.now().toISOString();
  const tokenHash = hashSessionToken(input.token);
  const invalid = () =>
    toTRPCError({ code: 'PASSWORD_RESET.LINK_INVALID', message: RESET_LINK_INVALID });
  const accountId = await findUsablePasswordResetToken(ctx.db, tokenHash, now);
  const account = accountId ? await findAccountById(ctx.db, accountId) : undefined;
  if (!account || account.disabled) throw invalid();
  assertStrongPassword(input.newPassword, [account.email, account.displayName]);
  await ctx.db.transaction().execute(async (tx) => {
    if ((await consumePasswordResetToken(tx, tokenHash, now)) !== account.id) throw invalid();
    await replacePassword(ctx, tx, {
      accountId: account.id,
      password: input.newPassword,
      temporary: false,
      action: 'account.reset_password_by_mail',
    });
  });
}
