import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './database.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { migrateToLatest } from './migrator.js';
import {
  assertTestDatabaseName,
  createTestDatabase,
  databaseKindsUnderTest,
} from './testing/test-database.js';

describe('createDatabase with PGlite in a data folder', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps data across close and reopen', async () => {
    dir = await mkdtemp(join(tmpdir(), 'jamsessie-db-'));
    const dataDir = join(dir, 'data');
    const first = await createDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await migrateToLatest(first.db);
    await first.db
      .insertInto('theme')
      .values({ slug: 'open-deuren', label: 'Open deuren' })
      .execute();
    await first.close();

    const second = await createDatabase({ dataDir });
    expect(await migrateToLatest(second.db)).toEqual([]);
    const themes = await second.db.selectFrom('theme').select('label').execute();
    await second.close();
    expect(themes).toEqual([{ label: 'Open deuren' }]);
  });
});

describe('test database guards', () => {
  it('refuse names without "test"', () => {
    expect(() => assertTestDatabaseName('jamsessie')).toThrow(/lacks "test"/);
    expect(() => assertTestDatabaseName('jamsessie_test_ab12')).not.toThrow();
  });

  it('refuse a server URL whose database lacks "test", before connecting', async () => {
    await expect(
      createTestDatabase('postgres', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/jamsessie' }),
    ).rejects.toThrow(/lacks "test"/);
    await expect(createTestDatabase('postgres', {})).rejects.toThrow(/DATABASE_URL/);
  });

  it('run PostgreSQL only when DATABASE_URL is set', () => {
    expect(databaseKindsUnderTest({})).toEqual(['pglite']);
    expect(databaseKindsUnderTest({ DATABASE_URL: 'postgres://x/test' })).toEqual([
      'pglite',
      'postgres',
    ]);
  });
});

/**
 * Ends every connection to the handle's database but the one it uses itself, as a server
 * restart would (57P01), from a pool of its own.
 */
async function terminateConnectionsOf(handle: DatabaseHandle): Promise<number> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
    handle.db,
  );
  const url = new URL(process.env['DATABASE_URL']!);
  url.pathname = `/${rows[0]!.name}`;
  const killer = await createDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  try {
    const ended = await sql<{ ended: boolean }>`
      select pg_terminate_backend(pid) as ended from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`.execute(killer.db);
    return ended.rows.filter((row) => row.ended).length;
  } finally {
    await killer.close();
  }
}

// PGlite runs inside the process and has no connections to lose: PostgreSQL server only.
const serverKinds = databaseKindsUnderTest().filter((kind) => kind === 'postgres');

describe.each(serverKinds)('a %s pool whose connections the server ends', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle?.close());

  it('survives idle and checked-out clients losing the server, and reconnects by itself', async () => {
    // Fill the pool with idle clients, and hold one in an open transaction.
    await Promise.all(
      Array.from({ length: 4 }, () => sql`select pg_sleep(0.05)`.execute(handle.db)),
    );
    let failure: unknown = null;
    await handle.db
      .transaction()
      .execute(async (tx) => {
        await sql`select 1`.execute(tx);
        // Ended while checked out between two queries: `pg` emits 'error' on the client,
        // which crashed the process before the pool gave every client a listener.
        expect(await terminateConnectionsOf(handle)).toBeGreaterThan(1);
        await sleep(300);
        await sql`select 2`.execute(tx);
      })
      .catch((error: unknown) => (failure = error));
    expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);

    // The idle clients were ended too; the next queries get new connections.
    const { rows } = await sql<{ n: number }>`select 41 + 1 as n`.execute(handle.db);
    expect(rows).toEqual([{ n: 42 }]);
    const parallel = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        sql<{ i: number }>`select ${i}::int as i`.execute(handle.db),
      ),
    );
    expect(parallel.map((result) => result.rows[0]?.i)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
