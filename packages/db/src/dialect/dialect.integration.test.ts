import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';

describe.each(databaseKindsUnderTest())('the %s dialect', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  const insertTheme = (slug: string) =>
    handle.db.insertInto('theme').values({ slug, label: slug }).execute();
  const countThemes = async (prefix: string) =>
    (
      await handle.db
        .selectFrom('theme')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('slug', 'like', `${prefix}%`)
        .executeTakeFirstOrThrow()
    ).n;

  it.runIf(kind === 'pglite')(
    'counts every statement that may write, and no plain select',
    async () => {
      const writes = handle.localWrites!;
      const before = writes();
      await countThemes('par-');
      await sql`select 1`.execute(handle.db);
      expect(writes()).toBe(before);
      await insertTheme('counted-write');
      await sql`with gone as (delete from theme where slug = 'counted-write' returning 1) select count(*) from gone`.execute(
        handle.db,
      );
      await handle.db.transaction().execute(async (trx) => {
        await trx.selectFrom('theme').select('slug').execute();
      });
      // The insert, the delete hidden in a `with`, and begin and commit of the transaction.
      expect(writes()).toBe(before + 4);
    },
  );

  it('keeps all of 20 parallel inserts', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => insertTheme(`par-${i}`)));
    expect(await countThemes('par-')).toBe(20);
  });

  it('keeps parallel inserts made while an unrelated transaction fails', async () => {
    const failing = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('theme').values({ slug: 'doomed', label: 'doomed' }).execute();
      await trx.insertInto('theme').values({ slug: 'doomed', label: 'again' }).execute();
    });
    const inserts = Array.from({ length: 20 }, (_, i) => insertTheme(`after-${i}`));
    await expect(failing).rejects.toThrow(/duplicate key|unique/i);
    await Promise.all(inserts);
    await Promise.all(Array.from({ length: 20 }, (_, i) => insertTheme(`later-${i}`)));
    expect(await countThemes('after-')).toBe(20);
    expect(await countThemes('later-')).toBe(20);
    expect(await countThemes('doomed')).toBe(0);
  });

  it('rolls a transaction back when its callback throws', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('theme').values({ slug: 'rolled-back', label: 'x' }).execute();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await countThemes('rolled-back')).toBe(0);
  });

  it('commits a transaction and reports affected rows', async () => {
    const updated = await handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('theme').values({ slug: 'committed', label: 'a' }).execute();
      return trx
        .updateTable('theme')
        .set({ label: 'b' })
        .where('slug', '=', 'committed')
        .executeTakeFirst();
    });
    expect(updated.numUpdatedRows).toBe(1n);
    expect(await countThemes('committed')).toBe(1);
  });

  it('returns the same JavaScript shapes on both drivers', async () => {
    const { rows } = await sql<{
      instant: unknown;
      day: unknown;
      total: unknown;
      doc: unknown;
    }>`select '2025-03-03 13:00:00+01'::timestamptz as instant, '2025-03-03'::date as day,
        count(*) as total, '{"a":[1]}'::jsonb as doc from (values (1), (2)) v(x)`.execute(
      handle.db,
    );
    expect(rows[0]).toEqual({
      instant: '2025-03-03T12:00:00.000Z',
      day: '2025-03-03',
      total: 2,
      doc: { a: [1] },
    });
  });

  it('runs the session in UTC', async () => {
    const { rows } = await sql<{
      zone: string;
    }>`select current_setting('TimeZone') as zone`.execute(handle.db);
    expect(rows[0]?.zone).toMatch(/^(Etc\/)?UTC$/);
  });
});
