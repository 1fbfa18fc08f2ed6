import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { insertAccount } from './account.repository.js';
import {
  clearLoginFailures,
  deleteLoginFailure,
  loginFailureStats,
  pruneLoginFailures,
  recordLoginFailure,
} from './login-failure.repository.js';
import {
  consumePasswordResetToken,
  deletePasswordResetTokensOfAccount,
  findUsablePasswordResetToken,
  insertPasswordResetToken,
  pruneExpiredPasswordResetTokens,
} from './password-reset.repository.js';

const T = (minutes: number) => new Date(Date.UTC(2025, 2, 1, 9, minutes)).toISOString();

describe.each(databaseKindsUnderTest())('sign-in failures and reset tokens on %s', (kind) => {
  let handle: DatabaseHandle;
  const accountId = randomUUID();
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const created = await insertAccount(handle.db, {
      id: accountId,
      email: 'herstel@jamsessie.example',
      displayName: 'Herstel',
      passwordHash: 'hash',
      role: 'coordinator',
      mustChangePassword: true,
    });
    expect(created.ok && created.value.mustChangePassword).toBe(true);
  });
  afterAll(() => handle.close());

  it('counts failures per pair, client and address since a moment, and forgets them', async () => {
    const mine = { addressKey: 'a1', clientKey: 'c1' };
    await recordLoginFailure(handle.db, mine, T(1));
    await recordLoginFailure(handle.db, mine, T(2));
    await recordLoginFailure(handle.db, { addressKey: 'a2', clientKey: 'c1' }, T(3));
    const other = await recordLoginFailure(handle.db, { addressKey: 'a1', clientKey: 'c2' }, T(4));
    await recordLoginFailure(handle.db, { addressKey: 'a9', clientKey: 'c9' }, T(5));
    expect(await loginFailureStats(handle.db, mine, T(0))).toEqual({
      pair: { count: 2, lastAt: T(2) },
      client: { count: 3, lastAt: T(3) },
      address: { count: 3, lastAt: T(4) },
    });
    expect((await loginFailureStats(handle.db, mine, T(1))).pair).toEqual({
      count: 1,
      lastAt: T(2),
    });
    expect((await loginFailureStats(handle.db, mine, T(0), other)).address.count).toBe(2);
    await deleteLoginFailure(handle.db, other);
    await clearLoginFailures(handle.db, mine);
    expect(await loginFailureStats(handle.db, mine, T(0))).toEqual({
      pair: { count: 0, lastAt: null },
      client: { count: 1, lastAt: T(3) },
      address: { count: 0, lastAt: null },
    });
    expect(await pruneLoginFailures(handle.db, T(3))).toBe(1);
    expect(await handle.db.selectFrom('login_failure').select('address_key').execute()).toEqual([
      { address_key: 'a9' },
    ]);
  });

  it('uses a reset token once, even when two requests race for it, and never after expiry', async () => {
    await insertPasswordResetToken(handle.db, { tokenHash: 'h1', accountId, expiresAt: T(30) });
    expect(await findUsablePasswordResetToken(handle.db, 'h1', T(10))).toBe(accountId);
    expect(await findUsablePasswordResetToken(handle.db, 'h1', T(30))).toBeUndefined();
    const race = await Promise.all([
      consumePasswordResetToken(handle.db, 'h1', T(10)),
      consumePasswordResetToken(handle.db, 'h1', T(10)),
    ]);
    expect(race.filter((id) => id === accountId)).toHaveLength(1);
    expect(await findUsablePasswordResetToken(handle.db, 'h1', T(11))).toBeUndefined();

    await insertPasswordResetToken(handle.db, { tokenHash: 'h2', accountId, expiresAt: T(30) });
    expect(await consumePasswordResetToken(handle.db, 'h2', T(30))).toBeUndefined();
    await insertPasswordResetToken(handle.db, { tokenHash: 'h3', accountId, expiresAt: T(50) });
    expect(await pruneExpiredPasswordResetTokens(handle.db, T(30))).toBe(2);
    expect(await deletePasswordResetTokensOfAccount(handle.db, accountId)).toBe(1);
  });
});
