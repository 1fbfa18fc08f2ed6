import type { Reaction, Report, ReportStatus } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { ReportRow } from '../schema.js';
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

type ReportWithParts = Omit<ReportRow, 'search'> & {
  reactions: Reaction[];
  theme_ids: string[];
  keyword_ids: string[];
};

/** Maps a `report` row with its reactions and tag ids to the domain's Report. */
export function reportFromRow(row: ReportWithParts): Report {
  return {
    id: row.id,
    sessionId: row.session_id,
    slug: row.slug,
    title: row.title,
    intro: row.intro,
    sections: row.sections,
    tips: row.tips,
    reactions: row.reactions,
    themeIds: row.theme_ids,
    keywordIds: row.keyword_ids,
    attachments: row.attachments,
    status: row.status as ReportStatus,
    publishedAt: row.published_at,
    version: row.version,
  };
}

/** Reactions, theme ids and keyword ids of report `r`: correlated subqueries, no N+1. */
function selectReports(db: Executor) {
  return db
    .selectFrom('report as r')
    .select([
      'r.id',
      'r.session_id',
      'r.slug',
      'r.title',
      'r.intro',
      'r.sections',
      'r.tips',
      'r.attachments',
      'r.status',
      'r.published_at',
      'r.version',
      'r.created_at',
      'r.updated_at',
    ])
    .select([
      sql<Reaction[]>`coalesce((select json_agg(json_build_object('id', x.id, 'text', x.text,
        'authorId', x.author_id, 'consent', x.consent) order by x.position)
        from reaction x where x.report_id = r.id), '[]')`.as('reactions'),
      sql<string[]>`coalesce((select json_agg(t.theme_id order by t.theme_id)
        from report_theme t where t.report_id = r.id), '[]')`.as('theme_ids'),
      sql<string[]>`coalesce((select json_agg(k.keyword_id order by k.keyword_id)
        from report_keyword k where k.report_id = r.id), '[]')`.as('keyword_ids'),
    ]);
}

function columnsOf(r: Unversioned<Report>) {
  return {
    session_id: r.sessionId,
    slug: r.slug,
    title: r.title,
    intro: r.intro,
    sections: toJson(r.sections),
    tips: toJson(r.tips),
    attachments: toJson(r.attachments),
    status: r.status,
    published_at: r.publishedAt,
  };
}

async function writeParts(db: Executor, r: Unversioned<Report>) {
  await db.deleteFrom('reaction').where('report_id', '=', r.id).execute();
  await db.deleteFrom('report_theme').where('report_id', '=', r.id).execute();
  await db.deleteFrom('report_keyword').where('report_id', '=', r.id).execute();
  if (r.reactions.length > 0) {
    await db
      .insertInto('reaction')
      .values(
        r.reactions.map((x, position) => ({
          id: x.id,
          report_id: r.id,
          position,
          text: x.text,
          author_id: x.authorId,
          consent: x.consent,
        })),
      )
      .execute();
  }
  const themeIds = [...new Set(r.themeIds)];
  if (themeIds.length > 0) {
    await db
      .insertInto('report_theme')
      .values(themeIds.map((theme_id) => ({ report_id: r.id, theme_id })))
      .execute();
  }
  const keywordIds = [...new Set(r.keywordIds)];
  if (keywordIds.length > 0) {
    await db
      .insertInto('report_keyword')
      .values(keywordIds.map((keyword_id) => ({ report_id: r.id, keyword_id })))
      .execute();
  }
}

/**
 * Stores a report with its reactions, themes and keywords at version 1; `CONFLICT.DUPLICATE`
 * when its id or slug is taken. Run it in a transaction so the parts are written with it.
 */
export async function insertReport(
  db: Executor,
  report: Unversioned<Report>,
): Promise<WriteResult<Report>> {
  const row = await db
    .insertInto('report')
    .values({ id: report.id, ...columnsOf(report) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return duplicate('REPORT', report.slug);
  await writeParts(db, report);
  return { ok: true, value: { ...report, version: 1 } };
}

/**
 * Saves a changed report (edited, or the result of `publishReport`); `report.version` is the
 * version it was based on. `CONFLICT.STALE_VERSION`, `REPORT.NOT_FOUND` or `CONFLICT.DUPLICATE`.
 */
export async function updateReport(db: Executor, report: Report): Promise<WriteResult<Report>> {
  if (await slugTakenByAnother(db, 'report', report.slug, report.id))
    return duplicate('REPORT', report.slug);
  const row = await db
    .updateTable('report')
    .set({ ...columnsOf(report), version: nextVersion, updated_at: dbNow })
    .where('id', '=', report.id)
    .where('version', '=', report.version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return missingOrStale(db, 'report', 'REPORT', report.id, report.version);
  await writeParts(db, report);
  return { ok: true, value: { ...report, version: row.version } };
}

/** The report with this id, or undefined. */
export async function findReportById(db: Executor, id: string): Promise<Report | undefined> {
  const row = await selectReports(db).where('r.id', '=', id).executeTakeFirst();
  return row && reportFromRow(row);
}

/** The report with this slug, or undefined. */
export async function findReportBySlug(db: Executor, slug: string): Promise<Report | undefined> {
  const row = await selectReports(db).where('r.slug', '=', slug).executeTakeFirst();
  return row && reportFromRow(row);
}

/** The reports about a session (usually one), oldest first. */
export async function listReportsOfSession(db: Executor, sessionId: string): Promise<Report[]> {
  const rows = await selectReports(db)
    .where('r.session_id', '=', sessionId)
    .orderBy('r.created_at')
    .execute();
  return rows.map(reportFromRow);
}

/** Filters of the report list. */
export type ReportFilter = { status?: ReportStatus; themeId?: string; keywordId?: string };

function filteredReports(db: Executor, f: ReportFilter) {
  return selectReports(db)
    .$if(f.status !== undefined, (q) => q.where('r.status', '=', f.status!))
    .$if(f.themeId !== undefined, (q) =>
      q.where('r.id', 'in', (eb) =>
        eb.selectFrom('report_theme').select('report_id').where('theme_id', '=', f.themeId!),
      ),
    )
    .$if(f.keywordId !== undefined, (q) =>
      q.where('r.id', 'in', (eb) =>
        eb.selectFrom('report_keyword').select('report_id').where('keyword_id', '=', f.keywordId!),
      ),
    );
}

/** Reports, newest publication first (drafts by last change), filtered by status and tags. */
export async function listReports(
  db: Executor,
  filter: ReportFilter,
  page: { limit: number; offset?: number },
): Promise<Report[]> {
  const rows = await filteredReports(db, filter)
    .orderBy(sql`r.published_at desc nulls last`)
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
  return rows.map(reportFromRow);
}

/** How many reports match the filter. */
export async function countReports(db: Executor, filter: ReportFilter): Promise<number> {
  const row = await filteredReports(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Reports that involve a person: a reaction or quote by them, or a section about one of their
 * dilemmas (jsonb containment on `sections`). The input of `exportPersonData`/`erasePerson`.
 */
export async function listReportsInvolving(
  db: Executor,
  personId: string,
  dilemmaIds: readonly string[],
): Promise<Report[]> {
  const rows = await selectReports(db)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('reaction as x')
            .select('x.id')
            .whereRef('x.report_id', '=', 'r.id')
            .where('x.author_id', '=', personId),
        ),
        eb(sql`r.sections`, '@>', sql`${toJson([{ quote: { authorId: personId } }])}::jsonb`),
        ...dilemmaIds.map((id) =>
          eb(sql`r.sections`, '@>', sql`${toJson([{ dilemmaId: id }])}::jsonb`),
        ),
      ]),
    )
    .orderBy('r.created_at')
    .execute();
  return rows.map(reportFromRow);
}

/** The reports with these ids (any status), in no particular order; [] for no ids. */
export async function listReportsByIds(db: Executor, ids: readonly string[]): Promise<Report[]> {
  if (ids.length === 0) return [];
  const rows = await selectReports(db)
    .where('r.id', 'in', [...ids])
    .execute();
  return rows.map(reportFromRow);
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

/** Whether a reaction with this id exists (a consent may be recorded for it). */
export async function reactionExists(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('reaction').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
