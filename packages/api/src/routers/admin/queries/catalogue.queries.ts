import { keywordFromRow, type Executor } from '@jamsessie/db';
import type { Keyword } from '@jamsessie/domain';
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

/**
 * Replaces a keyword's slug and label (the db package has no keyword update); undefined when
 * it does not exist. A taken slug fails on the unique index: check with `keywordSlugTaken`.
 */
export async function updateKeyword(db: Executor, keyword: Keyword): Promise<Keyword | undefined> {
  const row = await db
    .updateTable('keyword')
    .set((eb) => ({
      slug: keyword.slug,
      label: keyword.label,
      version: eb('version', '+', 1),
      updated_at: sql<string>`now()`,
    }))
    .where('id', '=', keyword.id)
    .returningAll()
    .executeTakeFirst();
  return row && keywordFromRow(row);
}

/** Whether another keyword has this slug. */
export async function keywordSlugTaken(db: Executor, slug: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('keyword')
    .select('id')
    .where('slug', '=', slug)
    .where('id', '<>', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** The keyword with this id, or undefined. */
export async function findKeywordById(db: Executor, id: string): Promise<Keyword | undefined> {
  const row = await db.selectFrom('keyword').selectAll().where('id', '=', id).executeTakeFirst();
  return row && keywordFromRow(row);
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

/** The participation with this id, as stored, or undefined. */
export async function findParticipationRow(db: Executor, id: string) {
  return db.selectFrom('participation').selectAll().where('id', '=', id).executeTakeFirst();
}
