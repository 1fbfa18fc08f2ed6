import { createTestDatabase, databaseKindsUnderTest, listAccounts } from '@jamsessie/db';
import { describe, expect, it } from 'vitest';
import { ensureAdminAccount } from './auth.service.js';

const ADMIN = { email: 'beheer@twee-processen.example', password: 'een-lang-start-wachtwoord' };

describe.each(databaseKindsUnderTest())('the first admin on %s', (kind) => {
  it('is created once when several server processes start at the same moment', async () => {
    const handle = await createTestDatabase(kind);
    try {
      // Each call hashes the password between its look and its insert: on PostgreSQL with a
      // pool the four really race, as two processes starting behind a load balancer do.
      const results = await Promise.all(
        [1, 2, 3, 4].map(() => ensureAdminAccount(handle.db, ADMIN)),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.accountId)).size).toBe(1);
      expect((await listAccounts(handle.db)).map((a) => a.email)).toEqual([ADMIN.email]);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
