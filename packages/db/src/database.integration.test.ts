import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './database.js';
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
