import { randomUUID } from 'node:crypto';
import { insertAccount, type DatabaseHandle } from '@jamsessie/db';
import { resolveUserFromSessionToken } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import type { AuthUser } from '../context.js';
import { callerFor, DEMO_NOW, recordingCookies } from './api-harness.testing.js';

type Db = DatabaseHandle['db'];

/** A strong password the tests share (zxcvbn score 4). */
export const STRONG_PASSWORD = 'paardenbloem-koffie-fietsbel';

/**
 * A real account with an argon2id hash of `password`, so tests can sign in through
 * `auth.login` and get a real session cookie.
 *
 * @example const { user } = await accountWithPassword(db, { email: 'a@b.example', role: 'coordinator' });
 */
export async function accountWithPassword(
  db: Db,
  options: {
    email: string;
    role?: AuthUser['role'];
    password?: string;
    mustChangePassword?: boolean;
  },
): Promise<{ user: AuthUser; version: number; password: string }> {
  const password = options.password ?? STRONG_PASSWORD;
  const created = await insertAccount(db, {
    id: randomUUID(),
    email: options.email,
    displayName: options.email.split('@')[0] ?? 'Iemand',
    passwordHash: await hashPassword(password),
    role: options.role ?? 'coordinator',
    mustChangePassword: options.mustChangePassword ?? false,
  });
  if (!created.ok) throw new Error(created.error.message);
  const { id, email, displayName, role, mustChangePassword, version } = created.value;
  return { user: { id, email, displayName, role, mustChangePassword }, version, password };
}

/**
 * Signs in through `auth.login` (its own client key) and returns the session token the
 * cookie would carry.
 *
 * @example const token = await signIn(db, user.email, password);
 */
export async function signIn(
  db: Db,
  email: string,
  password: string,
  now: Date = DEMO_NOW,
): Promise<string> {
  const cookies = recordingCookies();
  await callerFor(db, { cookies, now, clientKey: randomUUID() }).auth.login({ email, password });
  const token = cookies.set.at(-1)?.token;
  if (!token) throw new Error('signing in set no cookie');
  return token;
}

/** Who a session token belongs to now (null when the session ended). */
export function userOfToken(db: Db, token: string, now: Date = DEMO_NOW) {
  return resolveUserFromSessionToken(db, token, now);
}
