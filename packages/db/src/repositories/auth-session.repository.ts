import { accountFromRow, type CoordinatorAccount } from './account.repository.js';
import type { Executor } from './repository.helpers.js';

/** A signed-in browser session; the token itself is never stored, only its hash. */
export type AuthSession = {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
};

/** Stores a new session for an account under the hash of its token. */
export async function createAuthSession(
  db: Executor,
  session: { id: string; tokenHash: string; accountId: string; expiresAt: string },
): Promise<AuthSession> {
  const row = await db
    .insertInto('auth_session')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      account_id: session.accountId,
      expires_at: session.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/**
 * The session behind a token hash with its account, when it has not expired at `now` and the
 * account is not disabled; undefined otherwise (sign in again).
 */
export async function findActiveAuthSession(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<{ session: AuthSession; account: CoordinatorAccount } | undefined> {
  const row = await db
    .selectFrom('auth_session as s')
    .innerJoin('coordinator_account as a', 'a.id', 's.account_id')
    .selectAll('a')
    .select([
      's.id as session_id',
      's.created_at as session_created_at',
      's.expires_at as session_expires_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('a.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.session_id,
      accountId: row.id,
      createdAt: row.session_created_at,
      expiresAt: row.session_expires_at,
    },
    account: accountFromRow(row),
  };
}

/** Moves a session's expiry (sliding sessions); false when the token is unknown. */
export async function extendAuthSession(
  db: Executor,
  tokenHash: string,
  expiresAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('auth_session')
    .set({ expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Signs one browser out; false when the token was unknown. */
export async function deleteAuthSession(db: Executor, tokenHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('auth_session')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Signs an account out everywhere (after a password change or disabling); returns how many. */
export async function deleteAuthSessionsOfAccount(
  db: Executor,
  accountId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('auth_session')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Housekeeping: removes sessions that expired at or before `now`; returns how many. */
export async function deleteExpiredAuthSessions(db: Executor, now: string): Promise<number> {
  const result = await db
    .deleteFrom('auth_session')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Signs an account out everywhere except the browser whose token hash is `keepTokenHash` (after
 * a password change in that browser); returns how many ended.
 */
export async function deleteOtherAuthSessionsOfAccount(
  db: Executor,
  accountId: string,
  keepTokenHash: string,
): Promise<number> {
  const result = await db
    .deleteFrom('auth_session')
    .where('account_id', '=', accountId)
    .where('token_hash', '<>', keepTokenHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
