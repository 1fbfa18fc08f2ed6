import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { insertAccount } from './account.repository.js';
import { createAuthSession } from './auth-session.repository.js';
import { HOUSEKEEPING_LOCK, pruneExpiredRows } from './housekeeping.repository.js';
import {
  createParticipantSession,
  insertParticipantToken,
} from './participant-access.repository.js';
import { hitRateLimit } from './rate-limit.repository.js';

const NOW = '2025-06-10T12:00:00.000Z';

async function rateLimitKeys(handle: DatabaseHandle): Promise<string[]> {
  const rows = await handle.db.selectFrom('rate_limit').select('key').orderBy('key').execute();
  return rows.map((row) => row.key);
}

describe.each(databaseKindsUnderTest())('housekeeping on %s', (kind) => {
  let handle: DatabaseHandle;
  const accountId = randomUUID();

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertAccount(handle.db, {
      id: accountId,
      email: 'huishouden@jamsessie.example',
      displayName: 'Huishouden',
      passwordHash: '$argon2id$test-hash',
      role: 'coordinator',
    });
  });
  afterAll(() => handle.close());

  it('prunes expired sign-in sessions and rate-limit buckets, and keeps live ones', async () => {
    await hitRateLimit(handle.db, 'old', 60, 10, '2025-06-08T12:00:00.000Z');
    await hitRateLimit(handle.db, 'day-window', 86_400, 10, '2025-06-09T13:00:00.000Z');
    await hitRateLimit(handle.db, 'fresh', 60, 10, '2025-06-10T11:59:00.000Z');
    for (const [tokenHash, expiresAt] of [
      ['expired', '2025-06-10T11:00:00.000Z'],
      ['valid', '2025-06-11T12:00:00.000Z'],
    ] as const) {
      await createAuthSession(handle.db, { id: randomUUID(), tokenHash, accountId, expiresAt });
      await insertParticipantToken(handle.db, {
        tokenHash: `link-${tokenHash}`,
        purpose: 'sign_in',
        email: 'deelnemer@zorg.example',
        subjectId: null,
        expiresAt,
      });
      await createParticipantSession(handle.db, {
        id: randomUUID(),
        tokenHash: `page-${tokenHash}`,
        email: 'deelnemer@zorg.example',
        expiresAt,
      });
    }
    expect(await pruneExpiredRows(handle.db, NOW)).toEqual({
      rateLimits: 1,
      authSessions: 1,
      loginFailures: 0,
      passwordResetTokens: 0,
      participantAccess: 2,
      unconfirmedDilemmas: 0,
    });
    const participantTokens = await handle.db
      .selectFrom('participant_token')
      .select('token_hash')
      .execute();
    expect(participantTokens.map((row) => row.token_hash)).toEqual(['link-valid']);
    expect(await rateLimitKeys(handle)).toEqual(['day-window', 'fresh']);
    const sessions = await handle.db.selectFrom('auth_session').select('token_hash').execute();
    expect(sessions.map((row) => row.token_hash)).toEqual(['valid']);
    expect(await pruneExpiredRows(handle.db, NOW)).toEqual({
      rateLimits: 0,
      authSessions: 0,
      loginFailures: 0,
      passwordResetTokens: 0,
      participantAccess: 0,
      unconfirmedDilemmas: 0,
    });
  });

  // PGlite has one connection: no second process can hold a lock there.
  if (kind === 'postgres')
    it('skips a round while another process holds the lock', async () => {
      await createAuthSession(handle.db, {
        id: randomUUID(),
        tokenHash: 'expired-again',
        accountId,
        expiresAt: '2025-06-10T10:00:00.000Z',
      });
      await handle.db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${HOUSEKEEPING_LOCK})`.execute(trx);
        expect(await pruneExpiredRows(handle.db, NOW)).toBeNull();
      });
      expect(await pruneExpiredRows(handle.db, NOW)).toEqual({
        rateLimits: 0,
        authSessions: 1,
        loginFailures: 0,
        passwordResetTokens: 0,
        participantAccess: 0,
        unconfirmedDilemmas: 0,
      });
    });
});
