import { randomUUID } from 'node:crypto';
import {
  deleteReportRevision,
  findProtocolRunBySession,
  findReportById,
  findSessionById,
  insertReport,
  listClientClearances,
  listConsentsForSubjects,
  listDilemmasOfSession,
  listReportsOfSession,
  raiseReportVersion,
  updateReport,
  takenReportSlugs,
} from '@jamsessie/db';
import {
  consentLookupFrom,
  draftReport,
  publishReport,
  uniqueSlug,
  type Report,
  type ReportUpdate,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import {
  changedKeys,
  expectVersion,
  found,
  givenFields,
  refuse,
  saved,
} from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';
import { withoutViewToken } from '../live/protocol-sync.service.js';
import { consentLookupForReport } from './report-consents.js';
import { editedReport, saveWorkingCopy } from './report-revisions.service.js';

export { consentLookupForReport, consentSubjectsOf } from './report-consents.js';

const REPORT_NOT_FOUND = 'Dit verslag bestaat niet (meer).';

/**
 * Drafts the report of a session from its run (the domain's `draftReport`): a section per
 * discussed dilemma, tips and take-aways from the notes, private dilemmas anonymised. Refused
 * before the run started and when the session already has a report.
 *
 * @example const draft = await draftFromRun(ctx, sessionId);
 */
export async function draftFromRun(ctx: Context, sessionId: string): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const session = found(
      await findSessionById(tx, sessionId),
      'SESSION',
      'Deze sessie bestaat niet (meer).',
    );
    const run = await findProtocolRunBySession(tx, session.id);
    if (!run || run.state.phase === 'inventory') {
      refuse(
        'REPORT.NOTHING_DISCUSSED',
        'In deze sessie is nog niets besproken: er valt nog geen verslag te maken.',
      );
    }
    const existing = await listReportsOfSession(tx, session.id);
    if (existing[0]) {
      refuse('REPORT.ALREADY_DRAFTED', 'Voor deze sessie is al een verslag: werk dat bij.', {
        reportId: existing[0].id,
      });
    }
    const dilemmas = await listDilemmasOfSession(tx, session.id);
    const consents = await listConsentsForSubjects(
      tx,
      dilemmas.map((d) => d.id),
    );
    const draft = draftReport({
      run: withoutViewToken(run.state),
      dilemmas,
      sessionTitle: session.title,
      now: ctx.now().toISOString(),
      reportId: randomUUID(),
      consentLookup: consentLookupFrom(consents),
      themeIds: session.themeIds,
    });
    const slug = uniqueSlug(draft.slug, await takenReportSlugs(tx, draft.slug));
    const stored = saved(await insertReport(tx, { ...draft, slug }));
    await audit(ctx, tx, {
      action: 'report.draft',
      entity: 'report',
      entityId: stored.id,
      details: { sessionId: session.id, sections: stored.sections.length },
    });
    return stored;
  });
}

/**
 * Saves an editor's changes (guarded by `version`). Tags must exist. A draft is changed in
 * place; a published report keeps what the public sees, and the change is saved as its working
 * copy until "Wijzigingen publiceren" (`publishChanges`, which runs the checks of publishing).
 *
 * @example await updateReportContent(ctx, { id, version: 2, keywordIds: [naasten] })
 */
export async function updateReportContent(ctx: Context, input: ReportUpdate): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const { working: current } = await editedReport(tx, input.id);
    expectVersion('report', current, input.version);
    const next: Report = { ...current, ...givenFields(input), version: input.version };
    await assertReferences(tx, {
      themeIds: ['theme', next.themeIds],
      keywordIds: ['keyword', next.keywordIds],
    });
    const stored =
      next.status === 'published'
        ? await saveWorkingCopy(ctx, tx, next, input.version)
        : saved(await updateReport(tx, next));
    await audit(ctx, tx, {
      action: next.status === 'published' ? 'report.update_working_copy' : 'report.update',
      entity: 'report',
      entityId: stored.id,
      details: { changed: changedKeys(current, { ...next, version: current.version }) },
    });
    return stored;
  });
}

/**
 * Publishes a draft with the domain's `publishReport` against the consent history in the
 * database; a quote, reaction or dilemma text without consent is refused with
 * `REPORT.CONSENT_MISSING`, a passage that may identify a client (not marked "geen
 * cliëntgegeven") with `REPORT.CLIENT_NAMES`, each with a Dutch message naming every piece.
 * Nothing changes on a refusal.
 *
 * @example await publish(ctx, { id, version: 3 })
 */
export async function publish(ctx: Context, ref: { id: string; version: number }): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(await findReportById(tx, ref.id), 'REPORT', REPORT_NOT_FOUND);
    expectVersion('report', current, ref.version);
    const lookup = await consentLookupForReport(tx, current);
    const cleared = await listClientClearances(tx, current.id);
    const published = unwrap(publishReport(current, lookup, ctx.now().toISOString(), cleared));
    const stored = saved(await updateReport(tx, { ...published, version: ref.version }));
    await audit(ctx, tx, {
      action: 'report.publish',
      entity: 'report',
      entityId: stored.id,
      details: { slug: stored.slug, publishedAt: stored.publishedAt },
    });
    return stored;
  });
}

/**
 * Takes a report off the public site (back to draft). Unpublished changes become the draft,
 * so no edit is lost.
 *
 * @example await unpublish(ctx, { id, version: 4 })
 */
export async function unpublish(
  ctx: Context,
  ref: { id: string; version: number },
): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const { published, working, hasUnpublishedChanges } = await editedReport(tx, ref.id);
    expectVersion('report', working, ref.version);
    if (published.status !== 'published') {
      refuse('REPORT.NOT_PUBLISHED', 'Dit verslag is niet gepubliceerd.');
    }
    const stored = saved(
      await updateReport(tx, {
        ...working,
        status: 'draft',
        publishedAt: null,
        version: published.version,
      }),
    );
    if (hasUnpublishedChanges) {
      await raiseReportVersion(tx, ref.id, working.version + 1);
      await deleteReportRevision(tx, ref.id);
    }
    await audit(ctx, tx, { action: 'report.unpublish', entity: 'report', entityId: stored.id });
    return { ...stored, version: Math.max(stored.version, working.version + 1) };
  });
}
