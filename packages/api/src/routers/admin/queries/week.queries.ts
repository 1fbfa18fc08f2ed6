import { weekEditionFromRow, type Executor } from '@jamsessie/db';
import type { WeekEdition } from '@jamsessie/domain';
import { sql } from 'kysely';

/** The edition with this id, or undefined. */
export async function findWeekEditionById(
  db: Executor,
  id: string,
): Promise<WeekEdition | undefined> {
  const row = await db
    .selectFrom('week_edition')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && weekEditionFromRow(row);
}

/** How many programme items the days of an edition hold. */
export async function countProgrammeItemsOfEdition(
  db: Executor,
  editionId: string,
): Promise<number> {
  const row = await db
    .selectFrom('programme_item as p')
    .innerJoin('week_day as d', 'd.id', 'p.day_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('d.edition_id', '=', editionId)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Deletes an edition (its days go with it) when its version is still `version`; 'stale' when
 * someone changed it meanwhile, 'missing' when it is gone.
 */
export async function deleteWeekEdition(
  db: Executor,
  id: string,
  version: number,
): Promise<'deleted' | 'stale' | 'missing'> {
  const result = await db
    .deleteFrom('week_edition')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (result.numDeletedRows > 0n) return 'deleted';
  return (await findWeekEditionById(db, id)) ? 'stale' : 'missing';
}

/**
 * Deletes a programme item (its roles go with it) when its version is still `version`;
 * 'stale' or 'missing' otherwise. The agenda session keeps existing (its link becomes null).
 */
export async function deleteProgrammeItem(
  db: Executor,
  id: string,
  version: number,
): Promise<'deleted' | 'stale' | 'missing'> {
  const result = await db
    .deleteFrom('programme_item')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (result.numDeletedRows > 0n) return 'deleted';
  const row = await db
    .selectFrom('programme_item')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? 'stale' : 'missing';
}
