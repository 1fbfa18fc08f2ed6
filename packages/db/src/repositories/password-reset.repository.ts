import type { Executor } from './repository.helpers.js';

/** Stores a new reset token for an account, by the hash of the token only. */
export async function insertPasswordResetToken(
  db: Executor,
  token: { tokenHash: string; accountId: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_reset_token')
    .values({
      token_hash: token.tokenHash,
      account_id: token.accountId,
      expires_at: token.expiresAt,
    })
    .execute();
}

/**
 * Uses a reset token once: marks it used when it is unused and not expired at `now` (ISO) and
 * returns its account id; undefined otherwise. One statement, so two parallel uses of the same
 * link cannot both succeed.
 *
 * @example const accountId = await consumePasswordResetToken(tx, hash, now); if (!accountId) refuse();
 */
export async function consumePasswordResetToken(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .updateTable('password_reset_token')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('account_id')
    .executeTakeFirst();
  return row?.account_id;
}

/** Drops every reset token of an account (its password was just set another way). */
export async function deletePasswordResetTokensOfAccount(
  db: Executor,
  accountId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('password_reset_token')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Housekeeping: drops tokens that expired at or before `now` (ISO); returns how many. */
export async function pruneExpiredPasswordResetTokens(db: Executor, now: string): Promise<number> {
  const result = await db
    .deleteFrom('password_reset_token')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The account of a reset token that is unused and not expired at `now` (ISO), without using
 * it: lets the new password be checked before the one-time link is spent.
 */
export async function findUsablePasswordResetToken(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('password_reset_token')
    .select('account_id')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.account_id;
}
