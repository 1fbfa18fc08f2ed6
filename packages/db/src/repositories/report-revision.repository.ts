import type { Report } from '@jamsessie/domain';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../schema.js';
import { toJson, type Executor } from './repository.helpers.js';

/** The working copy of a published report: the edited report, its version, who saved it. */
export type ReportRevision = { report: Report; savedAt: string; savedBy: string | null };

/**
 * The working copy of a report, or undefined when it has no unpublished changes. The report
 * carries the revision's version, which guards the next save.
 */
export async function findReportRevision(
  db: Executor,
  reportId: string,
): Promise<ReportRevision | undefined> {
  const row = await db
    .selectFrom('report_revision')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return (
    row && {
      report: { ...row.content, version: row.version },
      savedAt: row.saved_at,
      savedBy: row.saved_by,
    }
  );
}

/**
 * Saves a working copy at `basedOn + 1`, where `basedOn` is the version the editor saw (the
 * published report's, for the first change, else the working copy's). False when someone
 * saved in between (a stale version): nothing is written then.
 */
export async function saveReportRevision(
  db: Executor,
  report: Report,
  basedOn: number,
  by: { at: string; userId: string | null },
): Promise<boolean> {
  const values = {
    report_id: report.id,
    content: toJson({ ...report, version: basedOn + 1 }),
    version: basedOn + 1,
    saved_at: by.at,
    saved_by: by.userId,
  };
  const row = await db
    .insertInto('report_revision')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('report_id')
        .doUpdateSet({
          content: (eb) => eb.ref('excluded.content'),
          version: (eb) => eb.ref('excluded.version'),
          saved_at: (eb) => eb.ref('excluded.saved_at'),
          saved_by: (eb) => eb.ref('excluded.saved_by'),
        })
        .where('report_revision.version', '=', basedOn),
    )
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}

/** Drops the working copy (after its changes were published, or the report was taken off). */
export async function deleteReportRevision(db: Executor, reportId: string): Promise<void> {
  await db.deleteFrom('report_revision').where('report_id', '=', reportId).execute();
}

/**
 * Moves a report's version on to `version` (after publishing a working copy whose versions ran
 * ahead), so an editor holding an older working-copy version is stale, never silently current.
 */
export async function raiseReportVersion(
  db: Executor,
  reportId: string,
  version: number,
): Promise<void> {
  await db
    .updateTable('report')
    .set({ version: sql<number>`greatest(version, ${version})` })
    .where('id', '=', reportId)
    .execute();
}

/** The passages of a report marked "geen cliëntgegeven", as keys. */
export async function listClientClearances(db: Executor, reportId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('report_client_clearance')
    .select('key')
    .where('report_id', '=', reportId)
    .execute();
  return new Set(rows.map((r) => r.key));
}

/** Records that a coordinator marked a passage "geen cliëntgegeven" (idempotent). */
export async function insertClientClearance(
  db: Executor,
  reportId: string,
  key: string,
  by: { at: string; userId: string | null },
): Promise<void> {
  await db
    .insertInto('report_client_clearance')
    .values({ report_id: reportId, key, cleared_at: by.at, cleared_by: by.userId })
    .onConflict((oc) => oc.columns(['report_id', 'key']).doNothing())
    .execute();
}

/** Working copies that carry a quote or reaction of the person, or a section about one of their dilemmas. */
function involving(personId: string, dilemmaIds: readonly string[]) {
  return (eb: ExpressionBuilder<Database, 'report_revision'>) =>
    eb.or([
      eb(
        sql`content->'sections'`,
        '@>',
        sql`${toJson([{ quote: { authorId: personId } }])}::jsonb`,
      ),
      eb(sql`content->'reactions'`, '@>', sql`${toJson([{ authorId: personId }])}::jsonb`),
      ...dilemmaIds.map((id) =>
        eb(sql`content->'sections'`, '@>', sql`${toJson([{ dilemmaId: id }])}::jsonb`),
      ),
    ]);
}

/**
 * The working copies (unpublished edits of published reports) that involve a person: what a
 * report wants to use of theirs next. Each as its report id and content.
 */
export async function listReportRevisionsInvolving(
  db: Executor,
  personId: string,
  dilemmaIds: readonly string[],
): Promise<{ reportId: string; report: Report }[]> {
  const rows = await db
    .selectFrom('report_revision')
    .select(['report_id', 'content', 'version'])
    .where(involving(personId, dilemmaIds))
    .execute();
  return rows.map((row) => ({
    reportId: row.report_id,
    report: { ...row.content, version: row.version },
  }));
}

/**
 * Drops the working copies that involve a person (a quote or reaction of theirs, or a section
 * about one of their dilemmas), for erasure on request: unpublished edits may copy what the
 * erasure removes from the published report, and erasure wins over them.
 */
export async function deleteReportRevisionsInvolving(
  db: Executor,
  personId: string,
  dilemmaIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('report_revision').where(involving(personId, dilemmaIds)).execute();
}
