import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithPassword, signIn, userOfToken } from '../testing/accounts.testing.js';
import {
  adminCaller,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

describe.each(databaseKindsUnderTest())('sessions end with account changes on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-03-01T09:00:00.000Z');

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('disabling ends every session, and enabling again does not revive an old cookie', async () => {
    const { user, version, password } = await accountWithPassword(handle.db, {
      email: 'uit-te-schakelen@beweging.example',
    });
    const phone = await signIn(handle.db, user.email, password);
    const laptop = await signIn(handle.db, user.email, password);
    expect((await userOfToken(handle.db, phone))?.id).toBe(user.id);

    const admin = adminCaller(handle.db, users.admin, clock);
    const disabled = await admin.admin.accounts.disable({ id: user.id, version });
    expect(await userOfToken(handle.db, phone)).toBeNull();
    expect(await userOfToken(handle.db, laptop)).toBeNull();
    const sessions = await handle.db
      .selectFrom('auth_session')
      .select('id')
      .where('account_id', '=', user.id)
      .execute();
    expect(sessions).toEqual([]);

    await admin.admin.accounts.disable({ id: user.id, version: disabled.version, disabled: false });
    expect(await userOfToken(handle.db, phone)).toBeNull();
    expect(await userOfToken(handle.db, laptop)).toBeNull();
    // The account itself works again: a new sign-in gets a new session.
    const fresh = await signIn(handle.db, user.email, password);
    expect((await userOfToken(handle.db, fresh))?.id).toBe(user.id);
  });

  it('changing the role ends every session of that account only', async () => {
    const { user, version, password } = await accountWithPassword(handle.db, {
      email: 'promotie@beweging.example',
    });
    const other = await accountWithPassword(handle.db, { email: 'collega@beweging.example' });
    const token = await signIn(handle.db, user.email, password);
    const otherToken = await signIn(handle.db, other.user.email, other.password);

    const admin = adminCaller(handle.db, users.admin, clock);
    await admin.admin.accounts.changeRole({ id: user.id, version, role: 'admin' });
    expect(await userOfToken(handle.db, token)).toBeNull();
    expect((await userOfToken(handle.db, otherToken))?.id).toBe(other.user.id);
    const again = await signIn(handle.db, user.email, password);
    expect((await userOfToken(handle.db, again))?.role).toBe('admin');
  });
});
