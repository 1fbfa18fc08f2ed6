import type { Executor } from '@jamsessie/db';
import { sql } from 'kysely';

/**
 * Locks a series row until the transaction ends (`SELECT … FOR UPDATE`), so two coordinators
 * applying a plan to the same series at once run one after the other and the second sees the
 * sessions the first created (no duplicates). Returns false when the series does not exist.
 *
 * @example await db.transaction().execute(async (tx) => { await lockSeries(tx, id); … });
 */
export async function lockSeries(db: Executor, seriesId: string): Promise<boolean> {
  const row = await db
    .selectFrom('series')
    .select('id')
    .where('id', '=', seriesId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The session slugs that start with `base` (the base itself and `base-2`, `base-3`, …), for
 * `uniqueSlug` when a new session gets a readable slug.
 *
 * @example uniqueSlug(base, await takenSessionSlugs(tx, base))
 */
export async function takenSessionSlugs(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('session')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((row) => row.slug);
}

/**
 * The report slugs that start with `base`, for `uniqueSlug` when a report is drafted.
 *
 * @example uniqueSlug(draft.slug, await takenReportSlugs(tx, draft.slug))
 */
export async function takenReportSlugs(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('report')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((row) => row.slug);
}

/**
 * How many sessions each series has, by status (for the series list).
 *
 * @example (await sessionCountsBySeries(db)).get(seriesId) // { planned: 9, held: 2, cancelled: 1 }
 */
export async function sessionCountsBySeries(
  db: Executor,
): Promise<Map<string, { planned: number; held: number; cancelled: number }>> {
  const rows = await db
    .selectFrom('session')
    .select(['series_id', 'status', sql<number>`count(*)::int`.as('n')])
    .where('series_id', 'is not', null)
    .groupBy(['series_id', 'status'])
    .execute();
  const counts = new Map<string, { planned: number; held: number; cancelled: number }>();
  for (const row of rows) {
    if (row.series_id === null) continue;
    const entry = counts.get(row.series_id) ?? { planned: 0, held: 0, cancelled: 0 };
    if (row.status === 'planned' || row.status === 'held' || row.status === 'cancelled') {
      entry[row.status] += row.n;
    }
    counts.set(row.series_id, entry);
  }
  return counts;
}
