import { databaseKindsUnderTest, findAccountForSignIn, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.js';
import { invoke, procedureEntries } from '../testing/procedure-paths.testing.js';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

describe.each(databaseKindsUnderTest())('admin.accounts on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-03-01T09:00:00.000Z');

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('refuses every admin.accounts procedure to a coordinator with FORBIDDEN', async () => {
    const coordinator = adminCaller(handle.db, users.coordinator, clock);
    const paths = procedureEntries()
      .map((e) => e.path)
      .filter((path) => path.startsWith('admin.accounts.'));
    expect(paths).toEqual([
      'admin.accounts.changeRole',
      'admin.accounts.create',
      'admin.accounts.disable',
      'admin.accounts.list',
      'admin.accounts.resetPassword',
    ]);
    const before = await adminCaller(handle.db, users.admin, clock).admin.accounts.list();
    for (const path of paths) {
      const refused = await failure(
        invoke(coordinator, path, {
          id: users.admin.id,
          version: 1,
          role: 'coordinator',
          email: 'nieuw@beweging.example',
          displayName: 'Nieuw',
          password: 'een-heel-lang-wachtwoord',
        }),
      );
      expect({ path, code: refused.code }).toEqual({ path, code: 'FORBIDDEN' });
    }
    expect(await adminCaller(handle.db, users.admin, clock).admin.accounts.list()).toEqual(before);
  });

  it('lets an admin create a coordinator with a temporary password, then disable and promote it', async () => {
    const admin = adminCaller(handle.db, users.admin, clock);
    const created = await admin.admin.accounts.create({
      email: ' Nieuwe.Coordinator@Beweging.example ',
      displayName: 'Nieuwe coördinator',
    });
    expect(created).toMatchObject({
      email: 'nieuwe.coordinator@beweging.example',
      role: 'coordinator',
      mustChangePassword: true,
    });
    expect(created.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    const stored = await findAccountForSignIn(handle.db, created.email);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!.passwordHash, created.temporaryPassword)).toBe(true);
    expect(JSON.stringify(created)).not.toContain('argon2');

    const disabled = await admin.admin.accounts.disable({
      id: created.id,
      version: created.version,
    });
    expect(disabled.disabled).toBe(true);
    const promoted = await admin.admin.accounts.changeRole({
      id: created.id,
      version: disabled.version,
      role: 'admin',
    });
    expect(promoted.role).toBe('admin');
    const stale = await failure(
      admin.admin.accounts.changeRole({
        id: created.id,
        version: disabled.version,
        role: 'coordinator',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  it('keeps at least one enabled admin', async () => {
    const admin = adminCaller(handle.db, users.admin, clock);
    const self = (await admin.admin.accounts.list()).find((a) => a.id === users.admin.id)!;
    const refused = await failure(
      admin.admin.accounts.changeRole({ id: self.id, version: self.version, role: 'coordinator' }),
    );
    expect(refused.domainCode).toBe('ACCOUNT.LAST_ADMIN');
    expect((await admin.admin.accounts.list()).find((a) => a.id === self.id)?.role).toBe('admin');
  });
});
