import { randomBytes } from 'node:crypto';
import { ensureAdminAccount, type Db } from '@jamsessie/api';
import { listAccounts } from '@jamsessie/db';
import type { Env } from './env.js';

/** The address of a generated first admin (when ADMIN_EMAIL is not set). */
export const GENERATED_ADMIN_EMAIL = 'beheerder@jamsessie.local';

/** Where the one-time credentials go: stdout, never a file. */
export type CredentialsPrinter = { info(line: string): void };

/**
 * A strong random password: 24 characters of base64url (144 bits), easy to copy.
 *
 * @example generatePassword().length // 24
 */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Accounts are few (the coordinators of a movement), so listing them is cheap. */
async function hasAnyAccount(db: Db): Promise<boolean> {
  return (await listAccounts(db)).length > 0;
}

/**
 * Makes sure someone can sign in to `/beheer/`:
 * - with ADMIN_EMAIL/ADMIN_PASSWORD, that admin is created if the address has no account
 *   yet (an existing account is never changed, so a restart keeps a changed password);
 * - without them, and only when the database has no account at all, an admin with a
 *   generated password is created and its credentials are printed ONCE (the next start
 *   finds the account and prints nothing). Nothing is written to disk.
 * Returns what happened, for tests.
 *
 * @example await ensureFirstAdmin(db, env, { info: console.log });
 */
export async function ensureFirstAdmin(
  db: Db,
  env: Pick<Env, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD' | 'baseUrl'>,
  out: CredentialsPrinter,
): Promise<'created-from-env' | 'generated' | 'existing'> {
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    const { created } = await ensureAdminAccount(db, {
      email: env.ADMIN_EMAIL,
      password: env.ADMIN_PASSWORD,
    });
    if (created) out.info(`Beheerder ${env.ADMIN_EMAIL} aangemaakt (admin account created).`);
    return created ? 'created-from-env' : 'existing';
  }
  if (await hasAnyAccount(db)) return 'existing';
  const password = generatePassword();
  const { created } = await ensureAdminAccount(db, { email: GENERATED_ADMIN_EMAIL, password });
  // Another process may have won the race; then its password is the one that counts.
  if (!created) return 'existing';
  const rule = '='.repeat(72);
  out.info(
    [
      rule,
      'Eerste beheerder aangemaakt / first admin account created',
      `  inloggen / sign in:  ${env.baseUrl}/beheer/`,
      `  e-mail:              ${GENERATED_ADMIN_EMAIL}`,
      `  wachtwoord/password: ${password}`,
      'Dit wachtwoord wordt maar één keer getoond: bewaar het nu.',
      'This password is shown only once: store it now.',
      rule,
    ].join('\n'),
  );
  return 'generated';
}
