import { randomInt } from 'node:crypto';
import {
  deleteAuthSessionsOfAccount,
  deleteOtherAuthSessionsOfAccount,
  deletePasswordResetTokensOfAccount,
  findAccountById,
  findAccountForSignIn,
  setAccountPassword,
  type CoordinatorAccount,
  type Executor,
} from '@jamsessie/db';
import { audit } from '../audit/audit.js';
import type { AuthUser, Context } from '../context.js';
import { toTRPCError } from '../errors.js';
import { assertMayTryPassword, notePasswordSuccess } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertStrongPassword } from './password-strength.js';
import { hashSessionToken } from './session-token.js';

/** The Dutch refusal when the current password given with a change is wrong. */
export const CURRENT_PASSWORD_WRONG = 'Je huidige wachtwoord klopt niet.';

/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i) when read out. */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password an admin passes on, often by voice: 20 characters from
 * {@link READABLE} in groups of four (about 99 bits), strong by itself and only good for
 * choosing one's own password.
 *
 * @example newTemporaryPassword() // 'k7mq-x3ta-9hbe-wn4p-rs2d'
 */
export function newTemporaryPassword(): string {
  const groups = Array.from({ length: 5 }, () =>
    Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * Stores a new password for an account and ends its sessions (all, or all but `keepToken`)
 * and any reset links, in one transaction with its audit entry. `temporary` marks a password
 * the person must change at their next sign-in.
 */
export async function replacePassword(
  ctx: Context,
  tx: Executor,
  change: {
    accountId: string;
    password: string;
    temporary: boolean;
    keepToken?: string | null;
    action: string;
  },
): Promise<CoordinatorAccount> {
  await setAccountPassword(
    tx,
    change.accountId,
    await hashPassword(change.password),
    change.temporary,
  );
  const endedSessions = change.keepToken
    ? await deleteOtherAuthSessionsOfAccount(
        tx,
        change.accountId,
        hashSessionToken(change.keepToken),
      )
    : await deleteAuthSessionsOfAccount(tx, change.accountId);
  await deletePasswordResetTokensOfAccount(tx, change.accountId);
  await audit(ctx, tx, {
    action: change.action,
    entity: 'coordinator_account',
    entityId: change.accountId,
    details: { temporary: change.temporary, endedSessions },
  });
  const stored = await findAccountById(tx, change.accountId);
  if (!stored) throw new Error(`account ${change.accountId} vanished during a password change`);
  return stored;
}

/**
 * A signed-in coordinator chooses a new password: the current one is checked (wrong answers
 * count for the sign-in throttle), the new one must be strong and different; the browser that
 * asked stays signed in, every other session of the account ends. Clears a temporary password.
 *
 * @example const user = await changeOwnPassword(ctx, ctx.user, { currentPassword, newPassword });
 */
export async function changeOwnPassword(
  ctx: Context,
  user: AuthUser,
  input: { currentPassword: string; newPassword: string },
): Promise<CoordinatorAccount> {
  const attempt = await assertMayTryPassword(ctx, user.email);
  const account = await findAccountForSignIn(ctx.db, user.email);
  const valid = await verifyPassword(account?.passwordHash ?? null, input.currentPassword);
  if (!account || account.id !== user.id || !valid) {
    throw toTRPCError({ code: 'PASSWORD.CURRENT_INVALID', message: CURRENT_PASSWORD_WRONG });
  }
  await notePasswordSuccess(ctx, attempt);
  if (input.newPassword === input.currentPassword) {
    throw toTRPCError({
      code: 'PASSWORD.UNCHANGED',
      message: 'Kies een ander wachtwoord dan je huidige.',
    });
  }
  assertStrongPassword(input.newPassword, [account.email, account.displayName]);
  return ctx.db.transaction().execute((tx) =>
    replacePassword(ctx, tx, {
      accountId: account.id,
      password: input.newPassword,
      temporary: false,
      keepToken: ctx.sessionToken,
      action: 'account.change_password',
    }),
  );
}
