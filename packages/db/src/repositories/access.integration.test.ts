import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  countActiveAdmins,
  findAccountById,
  findAccountForSignIn,
  insertAccount,
  listAccounts,
  recordSignIn,
  setAccountPassword,
  updateAccount,
} from './account.repository.js';
import { appendAudit, listAuditEntries } from './audit.repository.js';
import {
  createAuthSession,
  deleteAuthSession,
  deleteAuthSessionsOfAccount,
  deleteExpiredAuthSessions,
  extendAuthSession,
  findActiveAuthSession,
} from './auth-session.repository.js';
import {
  hitRateLimit,
  pruneExpiredRateLimits,
  pruneRateLimits,
  resetRateLimit,
} from './rate-limit.repository.js';

describe.each(databaseKindsUnderTest())(
  'accounts, sign-in sessions, rate limits and audit on %s',
  (kind) => {
    let handle: DatabaseHandle;
    const adminId = randomUUID();
    const coordinatorId = randomUUID();
    beforeAll(async () => {
      handle = await createTestDatabase(kind);
    });
    afterAll(() => handle.close());

    it('creates accounts with unique e-mail addresses and updates them by version', async () => {
      const admin = await insertAccount(handle.db, {
        id: adminId,
        email: 'Beheer@Jamsessie.example',
        displayName: 'Beheerder',
        passwordHash: '$argon2id$test-hash',
        role: 'admin',
      });
      expect(admin).toMatchObject({
        ok: true,
        value: { email: 'beheer@jamsessie.example', role: 'admin', version: 1 },
      });
      const clash = await insertAccount(handle.db, {
        id: randomUUID(),
        email: 'beheer@jamsessie.example',
        displayName: 'Nog een',
        passwordHash: 'x',
        role: 'coordinator',
      });
      expect(clash.ok ? null : clash.error.code).toBe('CONFLICT.DUPLICATE');
      await insertAccount(handle.db, {
        id: coordinatorId,
        email: 'coordinator@jamsessie.example',
        displayName: 'Coördinator',
        passwordHash: 'hash-1',
        role: 'coordinator',
      });
      expect(
        (await findAccountForSignIn(handle.db, ' COORDINATOR@jamsessie.example'))?.passwordHash,
      ).toBe('hash-1');
      expect(await setAccountPassword(handle.db, coordinatorId, 'hash-2')).toBe(true);
      expect(
        (await findAccountForSignIn(handle.db, 'coordinator@jamsessie.example'))?.passwordHash,
      ).toBe('hash-2');
      expect(await findAccountById(handle.db, coordinatorId)).not.toHaveProperty('passwordHash');

      const disabled = await updateAccount(handle.db, {
        id: coordinatorId,
        version: 2,
        disabled: true,
      });
      expect(disabled).toMatchObject({ ok: true, value: { disabled: true, version: 3 } });
      const stale = await updateAccount(handle.db, {
        id: coordinatorId,
        version: 2,
        role: 'admin',
      });
      expect(stale.ok ? null : stale.error.code).toBe('CONFLICT.STALE_VERSION');
      expect(await countActiveAdmins(handle.db)).toBe(1);
      await recordSignIn(handle.db, adminId, '2025-03-03T08:00:00.000Z');
      expect((await listAccounts(handle.db)).find((a) => a.id === adminId)?.lastLoginAt).toBe(
        '2025-03-03T08:00:00.000Z',
      );
    });

    it('finds sign-in sessions only while valid and for enabled accounts', async () => {
      const now = '2025-03-03T12:00:00.000Z';
      await createAuthSession(handle.db, {
        id: randomUUID(),
        tokenHash: 'hash-a',
        accountId: adminId,
        expiresAt: '2025-03-04T12:00:00.000Z',
      });
      await createAuthSession(handle.db, {
        id: randomUUID(),
        tokenHash: 'hash-old',
        accountId: adminId,
        expiresAt: '2025-03-02T12:00:00.000Z',
      });
      await createAuthSession(handle.db, {
        id: randomUUID(),
        tokenHash: 'hash-off',
        accountId: coordinatorId,
        expiresAt: '2025-03-04T12:00:00.000Z',
      });

      const found = await findActiveAuthSession(handle.db, 'hash-a', now);
      expect(found).toMatchObject({
        account: { id: adminId, role: 'admin' },
        session: { expiresAt: '2025-03-04T12:00:00.000Z' },
      });
      expect(await findActiveAuthSession(handle.db, 'hash-old', now)).toBeUndefined();
      expect(await findActiveAuthSession(handle.db, 'hash-off', now)).toBeUndefined();
      expect(await findActiveAuthSession(handle.db, 'unknown', now)).toBeUndefined();

      expect(await extendAuthSession(handle.db, 'hash-old', '2025-03-05T12:00:00.000Z')).toBe(true);
      expect(await findActiveAuthSession(handle.db, 'hash-old', now)).toBeDefined();
      expect(await deleteExpiredAuthSessions(handle.db, '2025-03-04T13:00:00.000Z')).toBe(2);
      expect(await deleteAuthSession(handle.db, 'hash-old')).toBe(true);
      expect(await deleteAuthSessionsOfAccount(handle.db, adminId)).toBe(0);
    });

    it('counts attempts atomically in a sliding window', async () => {
      const now = '2025-03-03T12:00:10.000Z';
      const hits = await Promise.all(
        Array.from({ length: 12 }, () => hitRateLimit(handle.db, 'login:1.2.3.4', 60, 10, now)),
      );
      expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      expect(hits.filter((h) => h.allowed)).toHaveLength(10);
      // 6 s buckets: the 12:00:06 bucket stops counting once a whole minute lies after it.
      expect(hits.find((h) => !h.allowed)?.resetAt).toBe('2025-03-03T12:01:12.000Z');
      // A clock-aligned window would start afresh at 12:01:00 and allow ten more at once.
      const acrossTheEdge = await hitRateLimit(
        handle.db,
        'login:1.2.3.4',
        60,
        10,
        '2025-03-03T12:01:00.000Z',
      );
      expect(acrossTheEdge).toMatchObject({ allowed: false, count: 13 });
      const afterTheWindow = await hitRateLimit(
        handle.db,
        'login:1.2.3.4',
        60,
        10,
        '2025-03-03T12:01:12.000Z',
      );
      expect(afterTheWindow).toMatchObject({ allowed: true, count: 2 });
      expect((await hitRateLimit(handle.db, 'login:5.6.7.8', 60, 10, now)).count).toBe(1);
      expect(await pruneRateLimits(handle.db, '2025-03-03T12:01:00.000Z')).toBe(2);
      await resetRateLimit(handle.db, 'login:1.2.3.4');
      expect(
        (await hitRateLimit(handle.db, 'login:1.2.3.4', 60, 10, '2025-03-03T12:01:30.000Z')).count,
      ).toBe(1);
    });

    it('never allows more than the limit in any stretch of one window', async () => {
      const key = `sliding:${randomUUID()}`;
      const start = Date.parse('2025-03-04T08:00:00.000Z');
      const allowedAt: number[] = [];
      // Bursts and pauses against 10 per 30 s; after a refusal the client waits as told.
      const steps = [100, 100, 2900, 5000, 300];
      for (let at = start, i = 0; at < start + 180_000; i += 1) {
        const hit = await hitRateLimit(handle.db, key, 30, 10, new Date(at).toISOString());
        if (hit.allowed) allowedAt.push(at);
        at = hit.allowed ? at + steps[i % steps.length]! : Date.parse(hit.resetAt);
      }
      const mostInOneWindow = Math.max(
        ...allowedAt.map(
          (from) => allowedAt.filter((at) => at >= from && at < from + 30_000).length,
        ),
      );
      expect(mostInOneWindow).toBeLessThanOrEqual(10);
      expect(allowedAt.length).toBeGreaterThan(30);
    });

    it('weighs an attempt and prunes only buckets no window counts', async () => {
      const key = `weighted:${randomUUID()}`;
      const now = '2025-03-05T12:00:00.000Z'; // later than every other test's rows
      expect(await hitRateLimit(handle.db, key, 60, 10, now, 8)).toMatchObject({
        allowed: true,
        count: 8,
      });
      expect(await hitRateLimit(handle.db, key, 60, 10, now, 3)).toMatchObject({
        allowed: false,
        count: 11,
      });
      // A day and a bit later the bucket is kept (other tests' older rows go); later it goes.
      await pruneExpiredRateLimits(handle.db, '2025-03-06T12:00:00.000Z');
      expect(await pruneExpiredRateLimits(handle.db, '2025-03-06T17:00:00.000Z')).toBe(1);
      await expect(hitRateLimit(handle.db, key, 2 * 86_400, 10, now)).rejects.toThrow();
    });

    it('appends audit entries and lists them newest first', async () => {
      const sessionId = randomUUID();
      await appendAudit(handle.db, {
        actorId: adminId,
        action: 'session.create',
        entity: 'session',
        entityId: sessionId,
      });
      await appendAudit(handle.db, {
        actorId: adminId,
        action: 'session.cancel',
        entity: 'session',
        entityId: sessionId,
        details: { reason: 'carnaval' },
        at: '2025-03-01T10:00:00.000Z',
      });
      await appendAudit(handle.db, {
        actorId: null,
        action: 'outbox.prune',
        entity: 'email_outbox',
      });
      const entries = await listAuditEntries(
        handle.db,
        { entity: 'session', entityId: sessionId },
        10,
      );
      expect(entries.map((e) => e.action)).toEqual(['session.cancel', 'session.create']);
      expect(entries[0]).toMatchObject({
        details: { reason: 'carnaval' },
        at: '2025-03-01T10:00:00.000Z',
      });
      expect(typeof entries[0]?.id).toBe('number');
      const older = await listAuditEntries(handle.db, { beforeId: entries[0]!.id }, 10);
      expect(older.map((e) => e.action)).toEqual(['session.create']);
      expect((await listAuditEntries(handle.db, { actorId: adminId }, 1))[0]?.action).toBe(
        'session.cancel',
      );
    });
  },
);
