import type { Series } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { SeriesRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  slugTakenByAnother,
  nextVersion,
  toJson,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

type SeriesWithRotation = SeriesRow & { theme_rotation: string[] };

/** Maps a `series` row plus its ordered rotation to the domain's Series (with its PRIVATE link). */
export function seriesFromRow(row: SeriesWithRotation): Series {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    actionTeamId: row.action_team_id,
    recurrence: row.recurrence,
    themeRotation: row.theme_rotation,
    exceptions: row.exceptions,
    meetingLink: row.meeting_link,
    eligibility: row.eligibility,
    documents: row.documents,
    firstDate: row.first_date,
    lastDate: row.last_date,
    version: row.version,
  };
}

function selectSeries(db: Executor) {
  return db
    .selectFrom('series as s')
    .selectAll('s')
    .select(
      sql<string[]>`coalesce((select json_agg(r.theme_id order by r.position)
        from series_theme_rotation r where r.series_id = s.id), '[]')`.as('theme_rotation'),
    );
}

function columnsOf(series: Unversioned<Series>) {
  return {
    slug: series.slug,
    title: series.title,
    description: series.description,
    action_team_id: series.actionTeamId,
    recurrence: toJson(series.recurrence),
    exceptions: toJson(series.exceptions),
    meeting_link: series.meetingLink,
    eligibility: toJson(series.eligibility),
    documents: toJson(series.documents),
    first_date: series.firstDate,
    last_date: series.lastDate,
  };
}

async function writeRotation(db: Executor, seriesId: string, themeIds: readonly string[]) {
  await db.deleteFrom('series_theme_rotation').where('series_id', '=', seriesId).execute();
  if (themeIds.length === 0) return;
  await db
    .insertInto('series_theme_rotation')
    .values(
      themeIds.map((themeId, position) => ({ series_id: seriesId, position, theme_id: themeId })),
    )
    .execute();
}

/**
 * Stores a new series with its theme rotation at version 1; `CONFLICT.DUPLICATE` when its id
 * or slug is taken. Run it in a transaction when the rotation must not be left half-written.
 */
export async function insertSeries(
  db: Executor,
  series: Unversioned<Series>,
): Promise<WriteResult<Series>> {
  const row = await db
    .insertInto('series')
    .values({ id: series.id, ...columnsOf(series) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return duplicate('SERIES', series.slug);
  await writeRotation(db, series.id, series.themeRotation);
  return { ok: true, value: { ...series, version: 1 } };
}

/**
 * Saves a changed series. `series.version` is the version the change was based on: when
 * someone saved in between, nothing is written and `CONFLICT.STALE_VERSION` comes back.
 * Returns the stored series with its new version.
 *
 * @example const r = await updateSeries(trx, { ...loaded, title: 'Nieuwe titel' }); // r.value.version === loaded.version + 1
 */
export async function updateSeries(db: Executor, series: Series): Promise<WriteResult<Series>> {
  if (await slugTakenByAnother(db, 'series', series.slug, series.id))
    return duplicate('SERIES', series.slug);
  const row = await db
    .updateTable('series')
    .set({ ...columnsOf(series), version: nextVersion, updated_at: dbNow })
    .where('id', '=', series.id)
    .where('version', '=', series.version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return missingOrStale(db, 'series', 'SERIES', series.id, series.version);
  await writeRotation(db, series.id, series.themeRotation);
  return { ok: true, value: { ...series, version: row.version } };
}

/** The series with this id (including its PRIVATE meeting link), or undefined. */
export async function findSeriesById(db: Executor, id: string): Promise<Series | undefined> {
  const row = await selectSeries(db).where('s.id', '=', id).executeTakeFirst();
  return row && seriesFromRow(row);
}

/** The series with this slug (including its PRIVATE meeting link), or undefined. */
export async function findSeriesBySlug(db: Executor, slug: string): Promise<Series | undefined> {
  const row = await selectSeries(db).where('s.slug', '=', slug).executeTakeFirst();
  return row && seriesFromRow(row);
}

/**
 * Every series, optionally of one action team, newest first. Contains PRIVATE links.
 * `withSessions` keeps only series with a session; `current` leaves out the archived ones
 * (ended by a coordinator: gone from the public filter and the planning list).
 */
export async function listSeries(
  db: Executor,
  filter: { actionTeamId?: string; withSessions?: boolean; current?: boolean } = {},
): Promise<Series[]> {
  const rows = await selectSeries(db)
    .$if(filter.actionTeamId !== undefined, (q) =>
      q.where('s.action_team_id', '=', filter.actionTeamId!),
    )
    .$if(filter.current === true, (q) => q.where('s.archived_at', 'is', null))
    // The public filter offers only series that have something in the agenda.
    .$if(filter.withSessions === true, (q) =>
      q.where((eb) =>
        eb.exists(
          eb.selectFrom('session').select('session.id').whereRef('session.series_id', '=', 's.id'),
        ),
      ),
    )
    .orderBy('s.first_date', 'desc')
    .orderBy('s.slug')
    .execute();
  return rows.map(seriesFromRow);
}

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

/**
 * Marks a series archived at `at` (it keeps its sessions and reports). Returns false when the
 * series does not exist.
 *
 * @example await markSeriesArchived(tx, seriesId, now)
 */
export async function markSeriesArchived(
  db: Executor,
  seriesId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('series')
    .set({ archived_at: at })
    .where('id', '=', seriesId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Whether a series was archived (ended by a coordinator). */
export async function isSeriesArchived(db: Executor, seriesId: string): Promise<boolean> {
  const row = await db
    .selectFrom('series')
    .select('archived_at')
    .where('id', '=', seriesId)
    .executeTakeFirst();
  return row?.archived_at != null;
}

/**
 * Deletes a series that has no sessions, with its theme rotation and the subscriptions to it.
 * Returns 'has_sessions' (and deletes nothing) when a session belongs to it, 'not_found' when
 * there is no such series.
 *
 * @example await deleteEmptySeries(tx, seriesId) // 'deleted'
 */
export async function deleteEmptySeries(
  db: Executor,
  seriesId: string,
): Promise<'deleted' | 'has_sessions' | 'not_found'> {
  const session = await db
    .selectFrom('session')
    .select('id')
    .where('series_id', '=', seriesId)
    .limit(1)
    .executeTakeFirst();
  if (session) return 'has_sessions';
  await db
    .deleteFrom('subscription')
    .where('target_kind', '=', 'series')
    .where('target_id', '=', seriesId)
    .execute();
  const result = await db.deleteFrom('series').where('id', '=', seriesId).executeTakeFirst();
  return result.numDeletedRows > 0n ? 'deleted' : 'not_found';
}
