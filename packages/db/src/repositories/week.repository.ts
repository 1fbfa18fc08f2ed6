import { sql } from 'kysely';
import type { Sector, WeekDay, WeekEdition } from '@jamsessie/domain';
import type { WeekDayRow, WeekEditionRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  nextVersion,
  deleteVersioned,
  type DeleteOutcome,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `week_edition` row to the domain's WeekEdition. */
export function weekEditionFromRow(row: WeekEditionRow): WeekEdition {
  return {
    id: row.id,
    slug: row.slug,
    year: row.year,
    title: row.title,
    motto: row.motto,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    location: row.location,
    videoUrl: row.video_url,
    version: row.version,
  };
}

/** Maps a `week_day` row to the domain's WeekDay. */
export function weekDayFromRow(row: WeekDayRow): WeekDay {
  return {
    id: row.id,
    editionId: row.edition_id,
    date: row.date,
    sector: row.sector as Sector,
    title: row.title,
    summary: row.summary,
    recordingUrl: row.recording_url,
    reportUrl: row.report_url,
    version: row.version,
  };
}

function editionColumns(e: Unversioned<WeekEdition>) {
  return {
    slug: e.slug,
    year: e.year,
    title: e.title,
    motto: e.motto,
    starts_on: e.startsOn,
    ends_on: e.endsOn,
    location: e.location,
    video_url: e.videoUrl,
  };
}

/** Stores an edition at version 1; `CONFLICT.DUPLICATE` when its id, slug or year is taken. */
export async function insertWeekEdition(
  db: Executor,
  e: Unversioned<WeekEdition>,
): Promise<WriteResult<WeekEdition>> {
  const row = await db
    .insertInto('week_edition')
    .values({ id: e.id, ...editionColumns(e) })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: weekEditionFromRow(row) } : duplicate('WEEK_EDITION', e.slug);
}

/** Saves a changed edition; `e.version` is the version it was based on (`CONFLICT.STALE_VERSION`). */
export async function updateWeekEdition(
  db: Executor,
  e: WeekEdition,
): Promise<WriteResult<WeekEdition>> {
  const row = await db
    .updateTable('week_edition')
    .set({ ...editionColumns(e), version: nextVersion, updated_at: dbNow })
    .where('id', '=', e.id)
    .where('version', '=', e.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: weekEditionFromRow(row) }
    : missingOrStale(db, 'week_edition', 'WEEK_EDITION', e.id, e.version);
}

/** Every edition, newest first. */
export async function listWeekEditions(db: Executor): Promise<WeekEdition[]> {
  return (await db.selectFrom('week_edition').selectAll().orderBy('year', 'desc').execute()).map(
    weekEditionFromRow,
  );
}

/** The edition with this slug, or undefined. */
export async function findWeekEditionBySlug(
  db: Executor,
  slug: string,
): Promise<WeekEdition | undefined> {
  const row = await db
    .selectFrom('week_edition')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && weekEditionFromRow(row);
}

function dayColumns(d: Unversioned<WeekDay>) {
  return {
    edition_id: d.editionId,
    date: d.date,
    sector: d.sector,
    title: d.title,
    summary: d.summary,
    recording_url: d.recordingUrl,
    report_url: d.reportUrl,
  };
}

/**
 * Stores a day of an edition at version 1; `CONFLICT.DUPLICATE` when the id or the
 * (edition, date) is taken.
 */
export async function insertWeekDay(
  db: Executor,
  d: Unversioned<WeekDay>,
): Promise<WriteResult<WeekDay>> {
  const row = await db
    .insertInto('week_day')
    .values({ id: d.id, ...dayColumns(d) })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: weekDayFromRow(row) } : duplicate('WEEK_DAY', d.date);
}

/**
 * Replaces a day's fields (e.g. adding the recording); `d.version` is the version the change
 * was based on: `CONFLICT.STALE_VERSION` or `WEEK_DAY.NOT_FOUND`.
 */
export async function updateWeekDay(db: Executor, d: WeekDay): Promise<WriteResult<WeekDay>> {
  const row = await db
    .updateTable('week_day')
    .set({ ...dayColumns(d), version: nextVersion, updated_at: dbNow })
    .where('id', '=', d.id)
    .where('version', '=', d.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: weekDayFromRow(row) }
    : missingOrStale(db, 'week_day', 'WEEK_DAY', d.id, d.version);
}

/** The day with this id, or undefined. */
export async function findWeekDayById(db: Executor, id: string): Promise<WeekDay | undefined> {
  const row = await db.selectFrom('week_day').selectAll().where('id', '=', id).executeTakeFirst();
  return row && weekDayFromRow(row);
}

/** The days of an edition, in date order. */
export async function listWeekDays(db: Executor, editionId: string): Promise<WeekDay[]> {
  const rows = await db
    .selectFrom('week_day')
    .selectAll()
    .where('edition_id', '=', editionId)
    .orderBy('date')
    .execute();
  return rows.map(weekDayFromRow);
}

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
export function deleteWeekEdition(
  db: Executor,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'week_edition', id, version);
}
