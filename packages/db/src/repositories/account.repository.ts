import { sql } from 'kysely';
import type { CoordinatorAccountRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  nextVersion,
  type Executor,
  type WriteResult,
} from './repository.helpers.js';

/** What a coordinator account may do: `admin` also manages accounts. */
export type AccountRole = 'coordinator' | 'admin';

/** A coordinator account as the API sees it (no password hash). */
export type CoordinatorAccount = {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly disabled: boolean;
  /** Signed in with a temporary password: must choose their own before anything else. */
  readonly mustChangePassword: boolean;
  readonly lastLoginAt: string | null;
  readonly version: number;
};

/** An account with its password hash: only for the sign-in check. */
export type AccountWithPasswordHash = CoordinatorAccount & { readonly passwordHash: string };

/** Maps a `coordinator_account` row to a CoordinatorAccount (drops the hash). */
export function accountFromRow(row: CoordinatorAccountRow): CoordinatorAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as AccountRole,
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at,
    version: row.version,
  };
}

/** Creates an account (e-mail lowercased); `CONFLICT.DUPLICATE` when the e-mail is taken. */
export async function insertAccount(
  db: Executor,
  account: {
    id: string;
    email: string;
    displayName: string;
    passwordHash: string;
    role: AccountRole;
    /** True for a temporary password the coordinator must change at first sign-in. */
    mustChangePassword?: boolean;
  },
): Promise<WriteResult<CoordinatorAccount>> {
  const row = await db
    .insertInto('coordinator_account')
    .values({
      id: account.id,
      email: account.email.trim().toLowerCase(),
      display_name: account.displayName,
      password_hash: account.passwordHash,
      role: account.role,
      must_change_password: account.mustChangePassword ?? false,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: accountFromRow(row) } : duplicate('ACCOUNT', 'email');
}

/** The account with this e-mail, with its hash, for signing in; undefined when unknown. */
export async function findAccountForSignIn(
  db: Executor,
  email: string,
): Promise<AccountWithPasswordHash | undefined> {
  const row = await db
    .selectFrom('coordinator_account')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row && { ...accountFromRow(row), passwordHash: row.password_hash };
}

/** The account with this id, or undefined. */
export async function findAccountById(
  db: Executor,
  id: string,
): Promise<CoordinatorAccount | undefined> {
  const row = await db
    .selectFrom('coordinator_account')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && accountFromRow(row);
}

/** Every account, by name. */
export async function listAccounts(db: Executor): Promise<CoordinatorAccount[]> {
  const rows = await db
    .selectFrom('coordinator_account')
    .selectAll()
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map(accountFromRow);
}

/**
 * Changes name, role or the disabled flag; `change.version` is the version the change was
 * based on (`CONFLICT.STALE_VERSION`, `ACCOUNT.NOT_FOUND`).
 */
export async function updateAccount(
  db: Executor,
  change: {
    id: string;
    version: number;
    displayName?: string;
    role?: AccountRole;
    disabled?: boolean;
  },
): Promise<WriteResult<CoordinatorAccount>> {
  const row = await db
    .updateTable('coordinator_account')
    .set({
      ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: accountFromRow(row) }
    : missingOrStale(db, 'coordinator_account', 'ACCOUNT', change.id, change.version);
}

/**
 * Stores a new password hash (bumps the version); `temporary` marks a password the account
 * must change at its next sign-in (set by an admin), false for one the person chose.
 * False when the account does not exist.
 */
export async function setAccountPassword(
  db: Executor,
  id: string,
  passwordHash: string,
  temporary = false,
): Promise<boolean> {
  const result = await db
    .updateTable('coordinator_account')
    .set({
      password_hash: passwordHash,
      must_change_password: temporary,
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Notes a successful sign-in. */
export async function recordSignIn(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable('coordinator_account')
    .set({ last_login_at: at })
    .where('id', '=', id)
    .execute();
}

/** How many enabled admins there are (so the last one cannot be disabled or demoted). */
export async function countActiveAdmins(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('coordinator_account')
    .select(sql<number>`count(*)`.as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return row.n;
}
