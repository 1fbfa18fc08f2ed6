import { randomUUID } from 'node:crypto';
import {
  findProtocolRunBySession,
  findReportById,
  findSessionById,
  insertReport,
  listConsentsForSubjects,
  listDilemmasOfSession,
  listReportsOfSession,
  updateReport,
  type Executor,
} from '@jamsessie/db';
import {
  consentLookupFrom,
  describeConsentGaps,
  draftReport,
  publishReport,
  refreshReportConsents,
  reportConsentGaps,
  uniqueSlug,
  type ConsentLookup,
  type Report,
  type ReportUpdate,
} from '@jamsessie/domain';
import { audit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import { unwrap } from '../../errors.js';
import { changedKeys, expectVersion, found, givenFields, refuse, saved } from './admin.helpers.js';
import { assertReferences } from './queries/references.queries.js';
import { takenReportSlugs } from './queries/series.queries.js';
import { withoutViewToken } from './protocol-sync.service.js';

const REPORT_NOT_FOUND = 'Dit verslag bestaat niet (meer).';

/**
 * The ids whose consent a report depends on: its sections' dilemmas, the dilemmas its quotes
 * belong to, and its reactions.
 */
export function consentSubjectsOf(report: Report): string[] {
  return [
    ...new Set([
      ...report.sections.flatMap((s) => [s.dilemmaId, s.quote?.dilemmaId ?? s.dilemmaId]),
      ...report.reactions.map((r) => r.id),
    ]),
  ];
}

/** The consent lookup for a report, built from the consent history in the database. */
export async function consentLookupForReport(db: Executor, report: Report): Promise<ConsentLookup> {
  return consentLookupFrom(await listConsentsForSubjects(db, consentSubjectsOf(report)));
}

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
 * Saves an editor's changes (guarded by `version`). Tags must exist. A published report stays
 * publishable: a change that would show something without consent is refused with
 * `REPORT.CONSENT_MISSING`, like publishing would be.
 *
 * @example await updateReportContent(ctx, { id, version: 2, keywordIds: [naasten] })
 */
export async function updateReportContent(ctx: Context, input: ReportUpdate): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(await findReportById(tx, input.id), 'REPORT', REPORT_NOT_FOUND);
    expectVersion('report', current, input.version);
    let next: Report = { ...current, ...givenFields(input), version: input.version };
    await assertReferences(tx, {
      themeIds: ['theme', next.themeIds],
      keywordIds: ['keyword', next.keywordIds],
    });
    if (next.status === 'published') {
      const lookup = await consentLookupForReport(tx, next);
      next = refreshReportConsents(next, lookup);
      const gaps = reportConsentGaps(next);
      if (gaps.length > 0) {
        refuse('REPORT.CONSENT_MISSING', describeConsentGaps(gaps, next), {
          reportId: next.id,
          missing: gaps,
        });
      }
    }
    const stored = saved(await updateReport(tx, next));
    await audit(ctx, tx, {
      action: 'report.update',
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
 * `REPORT.CONSENT_MISSING` and a Dutch message naming it. Nothing changes on a refusal.
 *
 * @example await publish(ctx, { id, version: 3 })
 */
export async function publish(ctx: Context, ref: { id: string; version: number }): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(await findReportById(tx, ref.id), 'REPORT', REPORT_NOT_FOUND);
    expectVersion('report', current, ref.version);
    const lookup = await consentLookupForReport(tx, current);
    const published = unwrap(publishReport(current, lookup, ctx.now().toISOString()));
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
 * Takes a report off the public site (back to draft).
 *
 * @example await unpublish(ctx, { id, version: 4 })
 */
export async function unpublish(
  ctx: Context,
  ref: { id: string; version: number },
): Promise<Report> {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(await findReportById(tx, ref.id), 'REPORT', REPORT_NOT_FOUND);
    expectVersion('report', current, ref.version);
    if (current.status !== 'published') {
      refuse('REPORT.NOT_PUBLISHED', 'Dit verslag is niet gepubliceerd.');
    }
    const stored = saved(
      await updateReport(tx, {
        ...current,
        status: 'draft',
        publishedAt: null,
        version: ref.version,
      }),
    );
    await audit(ctx, tx, { action: 'report.unpublish', entity: 'report', entityId: stored.id });
    return stored;
  });
}
