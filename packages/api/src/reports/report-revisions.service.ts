import {
  deleteReportRevision,
  findReportById,
  findReportRevision,
  insertClientClearance,
  listClientClearances,
  raiseReportVersion,
  saveReportRevision,
  updateReport,
  type Executor,
} from '@jamsessie/db';
import {
  checkReportForPublic,
  refreshReportConsents,
  reportClientNameHits,
  type ClientNameFieldHit,
  type Report,
  STALE_EDIT_MESSAGE,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { expectVersion, found, refuse, saved, STALE_CODE } from '../shared/admin.helpers.js';
import { consentLookupForReport } from './report-consents.js';

const REPORT_NOT_FOUND = 'Dit verslag bestaat niet (meer).';

/**
 * A report as its editor works on it: the published report (what the public sees) and the
 * working copy (the same report until a change to a published report is saved).
 */
export type EditedReport = { published: Report; working: Report; hasUnpublishedChanges: boolean };

/** The report and its working copy; NOT_FOUND when the report does not exist. */
export async function editedReport(db: Executor, id: string): Promise<EditedReport> {
  const published = found(await findReportById(db, id), 'REPORT', REPORT_NOT_FOUND);
  const revision = await findReportRevision(db, id);
  return {
    published,
    working: revision?.report ?? published,
    hasUnpublishedChanges: revision !== undefined,
  };
}

/**
 * The passages of a report's working copy, as the public would see it, that may identify a
 * client and are not marked "geen cliëntgegeven".
 */
export async function clientNameHitsOf(
  db: Executor,
  report: Report,
): Promise<ClientNameFieldHit[]> {
  const lookup = await consentLookupForReport(db, report);
  const cleared = await listClientClearances(db, report.id);
  return reportClientNameHits(refreshReportConsents(report, lookup), cleared);
}

/**
 * Saves an edit of a published report as its working copy: the public keeps the published
 * revision until {@link publishChanges}. Returns the working copy with its new version.
 */
export async function saveWorkingCopy(
  ctx: Context,
  tx: Executor,
  next: Report,
  basedOn: number,
): Promise<Report> {
  const stored = await saveReportRevision(tx, next, basedOn, {
    at: ctx.now().toISOString(),
    userId: ctx.user?.id ?? null,
  });
  if (!stored) refuse(STALE_CODE, STALE_EDIT_MESSAGE, { entity: 'report', id: next.id });
  return { ...next, version: basedOn + 1 };
}

/**
 * "Wijzigingen publiceren": the working copy of a published report replaces what the public
 * sees, after the same checks as publishing (consent, client names). Nothing changes on a
 * refusal. `REPORT.NO_CHANGES` when there is no working copy.
 *
 * @example await publishChanges(ctx, { id, version: 5 })
 */
export async function publishChanges(
  ctx: Context,
  ref: { id: string; version: number },
): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const { published, working, hasUnpublishedChanges } = await editedReport(tx, ref.id);
    if (!hasUnpublishedChanges) {
      refuse('REPORT.NO_CHANGES', 'Er zijn geen wijzigingen om te publiceren.');
    }
    expectVersion('report', working, ref.version);
    const lookup = await consentLookupForReport(tx, working);
    const cleared = await listClientClearances(tx, ref.id);
    const checked = unwrap(checkReportForPublic(working, lookup, cleared));
    const stored = saved(
      await updateReport(tx, {
        ...checked,
        status: published.status,
        publishedAt: published.publishedAt,
        version: published.version,
      }),
    );
    await raiseReportVersion(tx, ref.id, working.version + 1);
    await deleteReportRevision(tx, ref.id);
    await audit(ctx, tx, {
      action: 'report.publish_changes',
      entity: 'report',
      entityId: stored.id,
      details: { slug: stored.slug },
    });
    return { ...stored, version: Math.max(stored.version, working.version + 1) };
  });
}

/**
 * Marks one passage of a report "geen cliëntgegeven": a coordinator read it and it does not
 * identify a client. Recorded with who and when, and in the audit log (field and kind only,
 * so the log does not copy the passage). Refused when the report has no such hit now.
 *
 * @example await clearClientHit(ctx, { id, key: 'sections.0.dilemmaText|room_number|kamer 12' })
 */
export async function clearClientHit(
  ctx: Context,
  input: { id: string; key: string },
): Promise<ClientNameFieldHit[]> {
  return ctx.db.transaction().execute(async (tx) => {
    const { working } = await editedReport(tx, input.id);
    const hits = await clientNameHitsOf(tx, working);
    const hit = hits.find((h) => h.key === input.key);
    if (!hit) {
      refuse(
        'REPORT.CLIENT_HIT_NOT_FOUND',
        'Deze passage staat niet (meer) in het verslag: laad het verslag opnieuw.',
      );
    }
    await insertClientClearance(tx, input.id, input.key, {
      at: ctx.now().toISOString(),
      userId: ctx.user?.id ?? null,
    });
    await audit(ctx, tx, {
      action: 'report.client_hit_cleared',
      entity: 'report',
      entityId: input.id,
      details: { field: hit.field, kind: hit.kind },
    });
    return hits.filter((h) => h.key !== input.key);
  });
}
