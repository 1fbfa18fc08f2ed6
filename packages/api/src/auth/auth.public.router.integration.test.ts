import { createTestDatabase, databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminAccount, resolveUserFromSessionToken } from './auth.service.js';
import { hashSessionToken } from './session-token.js';
import { callerFor, DEMO_NOW, recordingCookies } from '../testing/api-harness.testing.js';

const EMAIL = 'coordinator@beweging.example';
const PASSWORD = 'een-lang-demo-wachtwoord';

describe.each(databaseKindsUnderTest())('auth on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const first = await ensureAdminAccount(handle.db, {
      email: ' Coordinator@Beweging.example ',
      password: PASSWORD,
    });
    expect(first.created).toBe(true);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('ensureAdminAccount is idempotent and refuses a short or weak password', async () => {
    const again = await ensureAdminAccount(handle.db, {
      email: EMAIL,
      password: 'iets-anders-lang-genoeg',
    });
    expect(again.created).toBe(false);
    await expect(
      ensureAdminAccount(handle.db, { email: 'x@y.example', password: 'kort' }),
    ).rejects.toThrow();
    await expect(
      ensureAdminAccount(handle.db, { email: 'x@y.example', password: 'aaaaaaaaaaaa' }),
    ).rejects.toThrow(/too weak.*Herhalende letters/);
    const accounts = await handle.db
      .selectFrom('coordinator_account')
      .select(['email', 'role'])
      .execute();
    expect(accounts).toEqual([{ email: EMAIL, role: 'admin' }]);
  });

  it('logs in, stores only a hash, and resolves the cookie to the user', async () => {
    const cookies = recordingCookies();
    const caller = callerFor(handle.db, { cookies, clientKey: 'login-ok' });
    const { user } = await caller.auth.login({
      email: 'COORDINATOR@beweging.example',
      password: PASSWORD,
    });
    expect(user).toMatchObject({ email: EMAIL, role: 'admin' });
    expect(JSON.stringify(user)).not.toContain('argon2');
    expect(cookies.set).toHaveLength(1);
    const { token, expiresAt } = cookies.set[0]!;
    expect(expiresAt.toISOString()).toBe(
      new Date(DEMO_NOW.getTime() + 14 * 86_400_000).toISOString(),
    );

    const stored = await handle.db.selectFrom('auth_session').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).toContain(hashSessionToken(token));
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    const resolved = await resolveUserFromSessionToken(handle.db, token, DEMO_NOW);
    expect(resolved?.email).toBe(EMAIL);
    expect(await resolveUserFromSessionToken(handle.db, token, expiresAt)).toBeNull();
    expect(await resolveUserFromSessionToken(handle.db, 'onbekend', DEMO_NOW)).toBeNull();

    const me = await callerFor(handle.db, { user: resolved }).auth.me();
    expect(me.user?.email).toBe(EMAIL);

    const logoutCookies = recordingCookies();
    await callerFor(handle.db, {
      user: resolved,
      sessionToken: token,
      cookies: logoutCookies,
    }).auth.logout();
    expect(logoutCookies.cleared).toBe(1);
    expect(await resolveUserFromSessionToken(handle.db, token, DEMO_NOW)).toBeNull();
  });

  it('gives the same refusal for a wrong password and an unknown address', async () => {
    const caller = callerFor(handle.db, { clientKey: 'login-wrong' });
    const wrong = caller.auth.login({ email: EMAIL, password: 'fout-wachtwoord' });
    await expect(wrong).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'E-mailadres of wachtwoord klopt niet.',
    });
    const unknown = caller.auth.login({
      email: 'niemand@beweging.example',
      password: 'fout-wachtwoord',
    });
    await expect(unknown).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'E-mailadres of wachtwoord klopt niet.',
    });
  });

  it('refuses a malformed login with Dutch field errors', async () => {
    const caller = callerFor(handle.db, { clientKey: 'bad-input' });
    await expect(caller.auth.login({ email: "x' OR 1=1 --", password: '' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
