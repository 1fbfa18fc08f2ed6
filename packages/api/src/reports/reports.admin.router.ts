import {
  countReports,
  findReportById,
  findSessionById,
  listConsentsForSubjects,
  listReports,
  listReportsOfSession,
} from '@jamsessie/db';
import {
  ClientHitClearance,
  ConsentRecordInput,
  Id,
  LevelConsentSubject,
  publicReport,
  refreshReportConsents,
  Report,
  ReportStatus,
  ReportUpdate,
  reportConsentGaps,
} from '@jamsessie/domain';
import { z } from 'zod';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { withLinkWarning } from '../privacy/link-warning.js';
import { coordinatorProcedure, router } from '../trpc.js';
import { found } from '../shared/admin.helpers.js';
import { recordConsent } from '../people/consent.service.js';
import { reportItemConsents, requestReportItemConsent } from './report-consent-requests.service.js';
import {
  clearClientHit,
  clientNameHitsOf,
  editedReport,
  publishChanges,
} from './report-revisions.service.js';
import {
  consentLookupForReport,
  consentSubjectsOf,
  draftFromRun,
  publish,
  unpublish,
  updateReportContent,
} from './reports.service.js';

const ReportRef = Report.pick({ id: true, version: true });

const consentsRouter = router({
  /**
   * Records a consent a participant gave (or withdrew) for a quote, reaction, dilemma or
   * contact sharing; the history is kept, the latest record counts.
   */
  record: coordinatorProcedure
    .input(ConsentRecordInput)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute((tx) => recordConsent(ctx, tx, input)),
    ),

  /** The consent history of a report's dilemmas, quotes and reactions, oldest first. */
  ofReport: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const report = found(
      await findReportById(ctx.db, input.id),
      'REPORT',
      'Dit verslag bestaat niet (meer).',
    );
    return listConsentsForSubjects(ctx.db, consentSubjectsOf(report));
  }),

  /**
   * Where the author's consent stands for each item of the report's working copy: given,
   * refused, withdrawn, text changed, requested or not asked.
   */
  items: coordinatorProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => reportItemConsents(ctx.db, input.id)),

  /** "Vraag toestemming": mails the author a one-time link to approve exactly this text. */
  request: coordinatorProcedure
    .input(z.object({ reportId: Id, kind: LevelConsentSubject, subjectId: Id }))
    .mutation(({ ctx, input }) => requestReportItemConsent(ctx, input)),
});

/**
 * Reports for coordinators (`admin.reports.*`): drafts from a run, editing (themes and
 * keywords as tags), publishing only with recorded consent, unpublishing, and recording the
 * consents themselves (`consents.record`).
 */
export const reportsAdminRouter = router({
  list: coordinatorProcedure
    .input(
      z
        .object({ status: ReportStatus.optional(), sessionId: Id.optional(), ...PageInput.shape })
        .prefault({}),
    )
    .query(async ({ ctx, input }) => {
      if (input.sessionId) {
        const reports = (await listReportsOfSession(ctx.db, input.sessionId)).filter(
          (r) => !input.status || r.status === input.status,
        );
        return toPage(reports, reports.length, { page: 1, pageSize: Math.max(1, reports.length) });
      }
      const filter = input.status ? { status: input.status } : {};
      const [items, total] = await Promise.all([
        listReports(ctx.db, filter, { limit: input.pageSize, offset: pageOffset(input) }),
        countReports(ctx.db, filter),
      ]);
      return toPage(items, total, input);
    }),

  /**
   * A report with what an editor needs: the working copy (a published report's unsaved
   * changes included), whether it has changes the public does not see yet, the consent gaps
   * as recorded now, the passages that may identify a client, and a preview of what the
   * public would see once published.
   */
  get: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const { working: report, hasUnpublishedChanges } = await editedReport(ctx.db, input.id);
    const lookup = await consentLookupForReport(ctx.db, report);
    const session = await findSessionById(ctx.db, report.sessionId);
    return {
      report,
      hasUnpublishedChanges,
      session: session
        ? { id: session.id, slug: session.slug, title: session.title, startsAt: session.startsAt }
        : null,
      consentGaps: reportConsentGaps(report, lookup),
      clientNameHits: await clientNameHitsOf(ctx.db, report),
      preview: publicReport(refreshReportConsents(report, lookup), { preview: true }),
    };
  }),

  draftFromRun: coordinatorProcedure
    .input(z.object({ sessionId: Id }))
    .mutation(({ ctx, input }) => draftFromRun(ctx, input.sessionId)),

  update: coordinatorProcedure
    .input(ReportUpdate)
    .mutation(async ({ ctx, input }) =>
      withLinkWarning(ctx.db, input, await updateReportContent(ctx, input)),
    ),

  publish: coordinatorProcedure.input(ReportRef).mutation(({ ctx, input }) => publish(ctx, input)),

  /** "Wijzigingen publiceren": the working copy of a published report goes public. */
  publishChanges: coordinatorProcedure
    .input(ReportRef)
    .mutation(({ ctx, input }) => publishChanges(ctx, input)),

  /** Marks a passage "geen cliëntgegeven" (audited); returns the hits that remain. */
  clearClientHit: coordinatorProcedure
    .input(ClientHitClearance)
    .mutation(({ ctx, input }) => clearClientHit(ctx, input)),

  unpublish: coordinatorProcedure
    .input(ReportRef)
    .mutation(({ ctx, input }) => unpublish(ctx, input)),

  consents: consentsRouter,
});
