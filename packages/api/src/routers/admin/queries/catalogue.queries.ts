import type { Executor } from '@jamsessie/db';
import { sql } from 'kysely';

/** Where a theme or keyword is still used, by kind of referrer. */
export type Usage = Record<string, number>;

async function countWhere(
  db: Executor,
  table: 'session_theme' | 'series_theme_rotation' | 'report_theme' | 'report_keyword',
  column: 'theme_id' | 'keyword_id',
  id: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(sql<number>`count(*)::int`.as('n'))
    .where(sql.ref(column), '=', id)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * How often a theme is used by sessions, series rotations and reports (a theme in use cannot
 * be deleted: the references would break).
 *
 * @example await themeUsage(db, id) // { sessions: 12, series: 1, reports: 1 }
 */
export async function themeUsage(db: Executor, themeId: string): Promise<Usage> {
  return {
    sessions: await countWhere(db, 'session_theme', 'theme_id', themeId),
    series: await countWhere(db, 'series_theme_rotation', 'theme_id', themeId),
    reports: await countWhere(db, 'report_theme', 'theme_id', themeId),
  };
}

/** How many reports are tagged with a keyword. */
export async function keywordUsage(db: Executor, keywordId: string): Promise<Usage> {
  return { reports: await countWhere(db, 'report_keyword', 'keyword_id', keywordId) };
}

/** Deletes a theme; true when it existed. Check {@link themeUsage} first. */
export async function deleteTheme(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('theme').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes a keyword; true when it existed. Check {@link keywordUsage} first. */
export async function deleteKeyword(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('keyword').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes an organisation (its mail domains and participations go with it); true when it existed. */
export async function deleteOrganisation(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('organisation').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes a participation period; true when it existed. */
export async function deleteParticipation(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('participation').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
