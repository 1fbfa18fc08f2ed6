import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_CHANGE_REQUIRED_MESSAGE } from '../middleware/auth.middleware.js';
import { callerFor } from '../testing/api-harness.testing.js';
import {
  accountWithPassword,
  signIn,
  STRONG_PASSWORD,
  userOfToken,
} from '../testing/accounts.testing.js';
import { invoke, procedureEntries } from '../testing/procedure-paths.testing.js';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

const NEW_PASSWORD = 'zonnebloem-fietsenstalling-regenjas';

describe.each(databaseKindsUnderTest())('own and temporary passwords on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-03-01T09:00:00.000Z');

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  const asUserOf = async (token: string) =>
    callerFor(handle.db, { user: await userOfToken(handle.db, token), sessionToken: token });

  it('a new coordinator signs in with the temporary password and can do nothing but choose their own', async () => {
    const admin = adminCaller(handle.db, users.admin, clock);
    const created = await admin.admin.accounts.create({
      email: 'nieuw@beweging.example',
      displayName: 'Nieuwe Collega',
    });
    const token = await signIn(handle.db, created.email, created.temporaryPassword);
    expect((await userOfToken(handle.db, token))?.mustChangePassword).toBe(true);
    const caller = await asUserOf(token);

    const refusedPaths = procedureEntries()
      .map((e) => e.path)
      .filter((path) => path.startsWith('admin.') && path !== 'admin.me.changePassword');
    expect(refusedPaths.length).toBeGreaterThan(50);
    for (const path of refusedPaths) {
      const refused = await failure(invoke(caller, path, {}));
      expect({ path, ...refused }).toEqual({
        path,
        code: 'FORBIDDEN',
        message: PASSWORD_CHANGE_REQUIRED_MESSAGE,
        domainCode: 'AUTH.PASSWORD_CHANGE_REQUIRED',
      });
    }

    const weak = await failure(
      caller.admin.me.changePassword({
        currentPassword: created.temporaryPassword,
        newPassword: 'aaaaaaaaaaaa',
      }),
    );
    expect(weak).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'PASSWORD.TOO_WEAK' });
    expect(weak.message).toMatch(/^Dit wachtwoord is te makkelijk te raden\./);

    const changed = await caller.admin.me.changePassword({
      currentPassword: created.temporaryPassword,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.user).toMatchObject({ email: created.email, mustChangePassword: false });
    const now = await asUserOf(token);
    await expect(now.admin.sessions.list({})).resolves.toBeDefined();
    // The temporary password is gone for good.
    await expect(signIn(handle.db, created.email, created.temporaryPassword)).rejects.toMatchObject(
      { code: 'UNAUTHORIZED' },
    );
  });

  it('changing the password asks the current one and ends every other session', async () => {
    const { user, password } = await accountWithPassword(handle.db, {
      email: 'wisselaar@beweging.example',
    });
    const phone = await signIn(handle.db, user.email, password);
    const laptop = await signIn(handle.db, user.email, password);
    const caller = await asUserOf(laptop);

    const wrong = await failure(
      caller.admin.me.changePassword({
        currentPassword: 'niet-mijn-wachtwoord',
        newPassword: NEW_PASSWORD,
      }),
    );
    expect(wrong).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Je huidige wachtwoord klopt niet.',
    });
    const same = await failure(
      caller.admin.me.changePassword({ currentPassword: password, newPassword: password }),
    );
    expect(same.domainCode).toBe('PASSWORD.UNCHANGED');
    expect((await userOfToken(handle.db, phone))?.id).toBe(user.id);

    await caller.admin.me.changePassword({ currentPassword: password, newPassword: NEW_PASSWORD });
    expect(await userOfToken(handle.db, phone)).toBeNull();
    expect((await userOfToken(handle.db, laptop))?.id).toBe(user.id);
    await expect(signIn(handle.db, user.email, password)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(signIn(handle.db, user.email, NEW_PASSWORD)).resolves.toBeTypeOf('string');
  });

  it('refuses a change of password to anonymous callers', async () => {
    const refused = await failure(
      callerFor(handle.db).admin.me.changePassword({
        currentPassword: STRONG_PASSWORD,
        newPassword: NEW_PASSWORD,
      }),
    );
    expect(refused.code).toBe('UNAUTHORIZED');
  });

  it('an admin reset ends every session and gives a temporary password that must be changed', async () => {
    const { user, version, password } = await accountWithPassword(handle.db, {
      email: 'vergeetachtig@beweging.example',
    });
    const token = await signIn(handle.db, user.email, password);
    const admin = adminCaller(handle.db, users.admin, clock);
    const coordinatorTry = await failure(
      adminCaller(handle.db, users.coordinator, clock).admin.accounts.resetPassword({
        id: user.id,
        version,
      }),
    );
    expect(coordinatorTry.code).toBe('FORBIDDEN');

    const reset = await admin.admin.accounts.resetPassword({ id: user.id, version });
    expect(reset.mustChangePassword).toBe(true);
    expect(await userOfToken(handle.db, token)).toBeNull();
    await expect(signIn(handle.db, user.email, password)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const again = await signIn(handle.db, user.email, reset.temporaryPassword);
    expect((await userOfToken(handle.db, again))?.mustChangePassword).toBe(true);
    const log = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', user.id)
      .execute();
    expect(log.map((l) => l.action)).toContain('account.reset_password');
    expect(JSON.stringify(log)).not.toContain(reset.temporaryPassword);
  });
});
