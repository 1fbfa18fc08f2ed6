import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { migrateDown, migrateToLatest } from '../migrator.js';
import { schemaColumns } from '../schema.manifest.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { migrations } from './index.js';

async function catalogue<T>(db: Kysely<T>): Promise<Record<string, Record<string, string>>> {
  const { rows } = await sql<{
    table_name: string;
    column_name: string;
    udt_name: string;
    is_nullable: string;
  }>`
    select table_name, column_name, udt_name, is_nullable from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely%'`.execute(db);
  const tables: Record<string, Record<string, string>> = {};
  for (const r of rows) {
    (tables[r.table_name] ??= {})[r.column_name] =
      r.udt_name + (r.is_nullable === 'YES' ? '?' : '');
  }
  return tables;
}

describe.each(databaseKindsUnderTest())('migrations on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it('produce exactly the tables and columns of the Database interface', async () => {
    expect(await catalogue(handle.db)).toEqual(schemaColumns);
  });

  it('go all the way down, and up again to the same schema', async () => {
    const steps = Object.keys(migrations).length;
    const down = await migrateDown(handle.db, steps);
    expect(down.map((r) => r.direction)).toEqual(Array(steps).fill('Down'));
    expect(await catalogue(handle.db)).toEqual({});

    const up = await migrateToLatest(handle.db);
    expect(up.map((r) => r.migrationName)).toEqual(Object.keys(migrations));
    expect(await catalogue(handle.db)).toEqual(schemaColumns);
  });

  it('step down one and back up', async () => {
    const names = Object.keys(migrations);
    const down = await migrateDown(handle.db);
    expect(down.map((r) => r.migrationName)).toEqual([names.at(-1)]);
    expect(await migrateToLatest(handle.db)).toHaveLength(1);
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('keep report search vectors in the row, not in the TOAST table', async () => {
    const { rows } = await sql<{ attstorage: string }>`
      select attstorage from pg_attribute
      where attrelid = 'report'::regclass and attname = 'search'`.execute(handle.db);
    // 'm' (main): compressed in the row; the default 'x' moved a long vector out of line.
    expect(rows).toEqual([{ attstorage: 'm' }]);
  });

  it('refuse to edit a consent record (append-only history)', async () => {
    const person = await handle.db
      .insertInto('person')
      .values({ display_name: 'Deelnemer Een' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('consent')
      .values({
        person_id: person.id,
        subject: 'contact_sharing',
        granted: true,
        at: '2025-03-03T12:00:00.000Z',
      })
      .execute();
    await expect(
      handle.db.updateTable('consent').set({ granted: false }).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
