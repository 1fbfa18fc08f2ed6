import { randomUUID } from 'node:crypto';
import {
  createAuthSession,
  deleteAuthSession,
  findAccountForSignIn,
  findActiveAuthSession,
  insertAccount,
  recordSignIn,
  type Executor,
} from '@jamsessie/db';
import { Email } from '@jamsessie/domain';
import type { AuthUser, Context } from '../context.js';
import { toTRPCError, unwrap } from '../errors.js';
import { assertMayTryPassword, notePasswordSuccess } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { PASSWORD_RULE, passwordWeakness } from './password-strength.js';
import { hashSessionToken, newSessionToken, sessionExpiry } from './session-token.js';

/** The one answer for an unknown address and a wrong password alike. */
export const LOGIN_FAILED_MESSAGE = 'E-mailadres of wachtwoord klopt niet.';

/** The shortest password anyone may choose (see `PASSWORD_RULE`). */
export const MIN_PASSWORD_LENGTH = PASSWORD_RULE.minLength;

/** The signed-in user as procedures see it, from an account (no hash, no version). */
export function toAuthUser(account: {
  id: string;
  email: string;
  displayName: string;
  role: AuthUser['role'];
  mustChangePassword: boolean;
}): AuthUser {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    mustChangePassword: account.mustChangePassword,
  };
}

/**
 * Signs a coordinator in: throttles failures per client and address (a growing delay, see
 * `LOGIN_THROTTLE`; a client without recent failures is never held back), checks the argon2id hash
 * (also for unknown addresses, so timing reveals nothing), stores a new session (hash only)
 * and hands the token to `ctx.cookies.setSession`.
 *
 * @example const user = await login(ctx, { email: 'coordinator@example.org', password });
 */
export async function login(
  ctx: Context,
  input: { email: string; password: string },
): Promise<AuthUser> {
  const now = ctx.now();
  const attempt = await assertMayTryPassword(ctx, input.email);
  const account = await findAccountForSignIn(ctx.db, input.email);
  const usable = account && !account.disabled ? account : undefined;
  const valid = await verifyPassword(usable?.passwordHash ?? null, input.password);
  if (!usable || !valid) {
    throw toTRPCError({ code: 'AUTH.INVALID_CREDENTIALS', message: LOGIN_FAILED_MESSAGE });
  }
  await notePasswordSuccess(ctx, attempt);
  const { token, tokenHash } = newSessionToken();
  const expiresAt = sessionExpiry(now);
  await ctx.db.transaction().execute(async (tx) => {
    await createAuthSession(tx, {
      id: randomUUID(),
      tokenHash,
      accountId: usable.id,
      expiresAt: expiresAt.toISOString(),
    });
    await recordSignIn(tx, usable.id, now.toISOString());
  });
  ctx.cookies.setSession(token, expiresAt);
  return toAuthUser(usable);
}

/**
 * Ends the caller's session (if any) and clears the cookie. Always succeeds.
 *
 * @example await logout(ctx);
 */
export async function logout(ctx: Context): Promise<void> {
  if (ctx.sessionToken) await deleteAuthSession(ctx.db, hashSessionToken(ctx.sessionToken));
  ctx.cookies.clearSession();
}

/**
 * The signed-in user for a session token from a cookie, or null when the token is unknown,
 * expired at `now` or its account is disabled. The server calls this per request.
 *
 * @example const user = await resolveUserFromSessionToken(db, cookies.session, new Date());
 */
export async function resolveUserFromSessionToken(
  db: Executor,
  token: string | null | undefined,
  now: Date,
): Promise<AuthUser | null> {
  if (!token || token.length > 200) return null;
  const found = await findActiveAuthSession(db, hashSessionToken(token), now.toISOString());
  return found ? toAuthUser(found.account) : null;
}

/**
 * Makes sure the first admin exists (from ADMIN_EMAIL / ADMIN_PASSWORD at start-up). Creates
 * the account when no account has this address; never changes an existing one (so a
 * restart does not reset a password changed since). Refuses an invalid address, and for a
 * new account a password that the password rule (`PASSWORD_RULE`: length and zxcvbn) finds
 * too weak.
 *
 * @example const { created } = await ensureAdminAccount(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
 */
export async function ensureAdminAccount(
  db: Executor,
  input: { email: string; password: string; displayName?: string },
): Promise<{ created: boolean; accountId: string }> {
  const email = Email.parse(input.email);
  // An existing account is left alone, so its password is not judged either: a restart on a
  // filled database does not build the strength checker's dictionaries before it listens.
  const existing = await findAccountForSignIn(db, email);
  if (existing) return { created: false, accountId: existing.id };
  const weakness = passwordWeakness(input.password, [email, input.displayName ?? '']);
  if (weakness !== null) {
    throw new Error(
      `the admin password is too weak (at least ${MIN_PASSWORD_LENGTH} characters, hard to guess): ${weakness}`,
    );
  }
  const inserted = await insertAccount(db, {
    id: randomUUID(),
    email,
    displayName: input.displayName ?? 'Beheerder',
    passwordHash: await hashPassword(input.password),
    role: 'admin',
  });
  if (!inserted.ok && inserted.error.code === 'CONFLICT.DUPLICATE') {
    // Several server processes starting at once on one database: another one created it
    // between our look and our insert. Its account is the admin; nothing to change.
    const winner = await findAccountForSignIn(db, email);
    if (winner) return { created: false, accountId: winner.id };
  }
  return { created: true, accountId: unwrap(inserted).id };
}
