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

/** What a versioned delete did: 'stale' when someone changed the row meanwhile, 'missing' when it is gone. */
export type DeleteOutcome = 'deleted' | 'stale' | 'missing';

type VersionedTable = 'theme' | 'keyword' | 'organisation' | 'participation';

/** Deletes the row when its version is still `version`; otherwise tells why nothing was deleted. */
async function deleteVersioned(
  db: Executor,
  table: VersionedTable,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  const result = await db
    .deleteFrom(table)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (result.numDeletedRows > 0n) return 'deleted';
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row ? 'stale' : 'missing';
}

/** Deletes a theme when its version is still `version`. Check {@link themeUsage} first. */
export function deleteTheme(db: Executor, id: string, version: number): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'theme', id, version);
}

/** Deletes a keyword when its version is still `version`. Check {@link keywordUsage} first. */
export function deleteKeyword(db: Executor, id: string, version: number): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'keyword', id, version);
}

/**
 * Deletes an organisation (its mail domains and participations go with it) when its version
 * is still `version`.
 */
export function deleteOrganisation(
  db: Executor,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'organisation', id, version);
}

/** Deletes a participation period when its version is still `version`. */
export function deleteParticipation(
  db: Executor,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'participation', id, version);
}
