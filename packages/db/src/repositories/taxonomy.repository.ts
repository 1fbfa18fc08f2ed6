import { sql } from 'kysely';
import type { Keyword, Theme } from '@jamsessie/domain';
import type { KeywordRow, ThemeRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  slugTakenByAnother,
  nextVersion,
  optional,
  deleteVersioned,
  type DeleteOutcome,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `theme` row to the domain's Theme. */
export function themeFromRow(row: ThemeRow): Theme {
  return {
    id: row.id,
    slug: row.slug,
    label: row.label,
    ...optional('description', row.description),
    version: row.version,
  };
}

/** Maps a `keyword` row to the domain's Keyword. */
export function keywordFromRow(row: KeywordRow): Keyword {
  return { id: row.id, slug: row.slug, label: row.label, version: row.version };
}

/** Stores a new theme at version 1; `CONFLICT.DUPLICATE` when its id or slug is taken. */
export async function insertTheme(
  db: Executor,
  theme: Unversioned<Theme>,
): Promise<WriteResult<Theme>> {
  const row = await db
    .insertInto('theme')
    .values({
      id: theme.id,
      slug: theme.slug,
      label: theme.label,
      description: theme.description ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: themeFromRow(row) } : duplicate('THEME', theme.slug);
}

/**
 * Replaces a theme's fields; `theme.version` is the version the change was based on.
 * `CONFLICT.STALE_VERSION`, `THEME.NOT_FOUND` or `CONFLICT.DUPLICATE` (slug taken).
 */
export async function updateTheme(db: Executor, theme: Theme): Promise<WriteResult<Theme>> {
  if (await slugTakenByAnother(db, 'theme', theme.slug, theme.id))
    return duplicate('THEME', theme.slug);
  const row = await db
    .updateTable('theme')
    .set({
      slug: theme.slug,
      label: theme.label,
      description: theme.description ?? null,
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', theme.id)
    .where('version', '=', theme.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: themeFromRow(row) }
    : missingOrStale(db, 'theme', 'THEME', theme.id, theme.version);
}

/** The theme with this id, or undefined. */
export async function findThemeById(db: Executor, id: string): Promise<Theme | undefined> {
  const row = await db.selectFrom('theme').selectAll().where('id', '=', id).executeTakeFirst();
  return row && themeFromRow(row);
}

/** Every theme, by label. */
export async function listThemes(db: Executor): Promise<Theme[]> {
  const rows = await db.selectFrom('theme').selectAll().orderBy('label').execute();
  return rows.map(themeFromRow);
}

/** The theme with this slug, or undefined. */
export async function findThemeBySlug(db: Executor, slug: string): Promise<Theme | undefined> {
  const row = await db.selectFrom('theme').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && themeFromRow(row);
}

/** Stores a new keyword at version 1; `CONFLICT.DUPLICATE` when its id or slug is taken. */
export async function insertKeyword(
  db: Executor,
  keyword: Unversioned<Keyword>,
): Promise<WriteResult<Keyword>> {
  const row = await db
    .insertInto('keyword')
    .values({ id: keyword.id, slug: keyword.slug, label: keyword.label })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: keywordFromRow(row) } : duplicate('KEYWORD', keyword.slug);
}

/**
 * Replaces a keyword's slug and label; `keyword.version` is the version the change was based
 * on. `CONFLICT.STALE_VERSION`, `KEYWORD.NOT_FOUND` or `CONFLICT.DUPLICATE` (slug taken).
 */
export async function updateKeyword(db: Executor, keyword: Keyword): Promise<WriteResult<Keyword>> {
  if (await slugTakenByAnother(db, 'keyword', keyword.slug, keyword.id))
    return duplicate('KEYWORD', keyword.slug);
  const row = await db
    .updateTable('keyword')
    .set({ slug: keyword.slug, label: keyword.label, version: nextVersion, updated_at: dbNow })
    .where('id', '=', keyword.id)
    .where('version', '=', keyword.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: keywordFromRow(row) }
    : missingOrStale(db, 'keyword', 'KEYWORD', keyword.id, keyword.version);
}

/** The keyword with this id, or undefined. */
export async function findKeywordById(db: Executor, id: string): Promise<Keyword | undefined> {
  const row = await db.selectFrom('keyword').selectAll().where('id', '=', id).executeTakeFirst();
  return row && keywordFromRow(row);
}

/** Every keyword, by label. */
export async function listKeywords(db: Executor): Promise<Keyword[]> {
  const rows = await db.selectFrom('keyword').selectAll().orderBy('label').execute();
  return rows.map(keywordFromRow);
}

/** The keyword with this slug, or undefined. */
export async function findKeywordBySlug(db: Executor, slug: string): Promise<Keyword | undefined> {
  const row = await db
    .selectFrom('keyword')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && keywordFromRow(row);
}

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

/** Deletes a theme when its version is still `version`. Check {@link themeUsage} first. */
export function deleteTheme(db: Executor, id: string, version: number): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'theme', id, version);
}

/** Deletes a keyword when its version is still `version`. Check {@link keywordUsage} first. */
export function deleteKeyword(db: Executor, id: string, version: number): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'keyword', id, version);
}
