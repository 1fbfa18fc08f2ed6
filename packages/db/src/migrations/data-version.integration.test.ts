import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { insertSession } from '../repositories/session.repository.js';
import { insertTheme } from '../repositories/taxonomy.repository.js';
import type { Database } from '../schema.js';
import { aSession, aTheme } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';

async function counters(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db.selectFrom('data_version').selectAll().execute();
  return Object.fromEntries(rows.map((row) => [row.table_name, row.version]));
}

describe.each(databaseKindsUnderTest())('data version counters on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it('count every table a public page, feed or read is made of; the others are named as private', async () => {
    // Written only by sign-in, mail, live runs and bookkeeping: never read by a public answer.
    const notPublic = [
      'attendance',
      'audit_log',
      'auth_session',
      'consent_request',
      'coordinator_account',
      'data_version',
      'dilemma_follow_up',
      'email_outbox',
      'herkenbaar_key',
      'herkenbaar_mark',
      'kysely_migration',
      'kysely_migration_lock',
      'login_failure',
      'participant_session',
      'participant_token',
      'password_reset_token',
      'personal_feed',
      'protocol_cue',
      'protocol_note',
      'protocol_run',
      'rate_limit',
      'subscription',
    ];
    const tables = await sql<{ name: string }>`select table_name as name
      from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
      order by table_name`.execute(handle.db);
    const counted = await sql<{ name: string }>`select distinct c.relname as name
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname like '%\_data\_version' order by c.relname`.execute(handle.db);
    const countedNames = counted.rows.map((row) => row.name);
    const unclassified = tables.rows
      .map((row) => row.name)
      .filter((name) => !countedNames.includes(name) && !notPublic.includes(name));
    expect(unclassified).toEqual([]);
    expect(countedNames.filter((name) => notPublic.includes(name))).toEqual([]);
  });

  it('raise the counter of the changed table once per committed transaction', async () => {
    const before = await counters(handle.db);
    await handle.db.transaction().execute(async (trx) => {
      await insertTheme(trx, aTheme());
      await insertTheme(trx, aTheme());
      await trx
        .updateTable('theme')
        .set({ label: sql`label` })
        .execute();
    });
    const after = await counters(handle.db);
    expect(after['theme']).toBe((before['theme'] ?? NaN) + 1);
    expect(after['session']).toBe(before['session']);
  });

  it('raise nothing for a transaction that rolls back', async () => {
    const before = await counters(handle.db);
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await insertTheme(trx, aTheme());
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await counters(handle.db)).toEqual(before);
  });

  it("count a change to a child table for its parent (a session's themes)", async () => {
    const theme = aTheme();
    await insertTheme(handle.db, theme);
    const session = aSession('2027-03-03T12:00:00.000Z');
    await insertSession(handle.db, session);
    const before = await counters(handle.db);
    await handle.db
      .insertInto('session_theme')
      .values({ session_id: session.id, theme_id: theme.id, position: 0 })
      .execute();
    expect((await counters(handle.db))['session']).toBe((before['session'] ?? NaN) + 1);
  });

  it('raise each changed table once when one transaction writes several', async () => {
    const before = await counters(handle.db);
    await handle.db.transaction().execute(async (trx) => {
      await insertSession(trx, aSession('2027-04-07T12:00:00.000Z'));
      await insertTheme(trx, aTheme());
      await insertSession(trx, aSession('2027-04-14T12:00:00.000Z'));
    });
    const after = await counters(handle.db);
    expect(after['session']).toBe((before['session'] ?? NaN) + 1);
    expect(after['theme']).toBe((before['theme'] ?? NaN) + 1);
  });
});

describe.runIf(databaseKindsUnderTest().includes('postgres'))(
  'data version counters under concurrent writers',
  () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await createTestDatabase('postgres');
    });
    afterAll(() => handle.close());

    it('do not deadlock writers that change the same tables in opposite orders', async () => {
      const before = await counters(handle.db);
      const rounds = 20;
      const writer = (themeFirst: boolean, round: number) =>
        handle.db.transaction().execute(async (trx) => {
          const session = () =>
            insertSession(
              trx,
              aSession(`2028-01-${String((round % 28) + 1).padStart(2, '0')}T12:00:00.000Z`),
            );
          const theme = () => insertTheme(trx, aTheme());
          if (themeFirst) await theme().then(session);
          else await session().then(theme);
          // Both hold their rows while the other commits: the counters are locked last.
          await sql`select pg_sleep(0.005)`.execute(trx);
        });
      const writes = [];
      for (let round = 0; round < rounds; round += 1)
        writes.push(writer(true, round), writer(false, round));
      await Promise.all(writes);
      const after = await counters(handle.db);
      expect(after['session']).toBe((before['session'] ?? NaN) + 2 * rounds);
      expect(after['theme']).toBe((before['theme'] ?? NaN) + 2 * rounds);
    });
  },
);
