import {
  findPersonById,
  listConsentRequestsOfReport,
  listConsentsForSubjects,
  listDilemmasOfSession,
  type Executor,
} from '@jamsessie/db';
import {
  consentItemStatus,
  consentItemStatusLabels,
  consentText,
  excerptOf,
  reportConsentItems,
  type ConsentItemStatus,
  type LevelConsentSubject,
  type Report,
  type ReportConsentItem,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { requestConsentByMail } from '../participant/consent-link.service.js';
import { refuse } from '../shared/admin.helpers.js';
import { editedReport } from './report-revisions.service.js';

/** Where the author's consent stands for one item of a report, as the editor shows it. */
export type ReportItemConsent = {
  kind: LevelConsentSubject;
  subjectId: string;
  authorId: string | null;
  excerpt: string;
  status: ConsentItemStatus;
  statusLabel: string;
};

async function itemsOf(db: Executor, report: Report): Promise<ReportConsentItem[]> {
  const owners = new Map(
    (await listDilemmasOfSession(db, report.sessionId)).map((d) => [d.id, d.ownerId ?? null]),
  );
  return reportConsentItems(report, (id) => owners.get(id) ?? null);
}

/**
 * The consent status of every item of a report's working copy (what the editor sees): given,
 * refused, withdrawn ("toestemming ingetrokken"), text changed, requested or not asked.
 *
 * @example (await reportItemConsents(db, reportId)).find((i) => i.kind === 'quote')?.statusLabel
 */
export async function reportItemConsents(
  db: Executor,
  reportId: string,
): Promise<ReportItemConsent[]> {
  const { working } = await editedReport(db, reportId);
  const items = await itemsOf(db, working);
  const [records, requests] = await Promise.all([
    listConsentsForSubjects(db, [...new Set(items.map((i) => i.subjectId))]),
    listConsentRequestsOfReport(db, reportId),
  ]);
  return items.map((item) => {
    const open = requests.filter(
      (r) =>
        r.decidedAt === null &&
        r.personId === item.authorId &&
        r.subject === item.kind &&
        r.subjectId === item.subjectId &&
        consentText(r.text) === consentText(item.text),
    );
    const status = consentItemStatus(item, records, open.at(-1)?.requestedAt ?? null);
    return {
      kind: item.kind,
      subjectId: item.subjectId,
      authorId: item.authorId,
      excerpt: excerptOf(item.text),
      status,
      statusLabel: consentItemStatusLabels[status],
    };
  });
}

/**
 * "Vraag toestemming": mails the author of one item of the report's working copy a one-time
 * link to approve exactly its current text. Refused in Dutch when the item is not in the
 * report (`CONSENT.NOT_FOUND`), names no author (`CONSENT.NO_AUTHOR`) or its author has
 * no e-mail address (`CONSENT.NO_ADDRESS`). Audited without the text.
 *
 * @example await requestReportItemConsent(ctx, { reportId, kind: 'quote', subjectId: dilemmaId })
 */
export async function requestReportItemConsent(
  ctx: Context,
  input: { reportId: string; kind: LevelConsentSubject; subjectId: string },
): Promise<ReportItemConsent[]> {
  await ctx.db.transaction().execute(async (tx) => {
    const { working } = await editedReport(tx, input.reportId);
    const item = (await itemsOf(tx, working)).find(
      (i) => i.kind === input.kind && i.subjectId === input.subjectId,
    );
    if (!item) {
      refuse('CONSENT.NOT_FOUND', 'Dit onderdeel staat niet (meer) in het verslag.');
    }
    if (!item.authorId) {
      refuse(
        'CONSENT.NO_AUTHOR',
        'Kies eerst van wie deze tekst is en sla het verslag op; dan kun je toestemming vragen.',
      );
    }
    const person = await findPersonById(tx, item.authorId);
    if (!person?.email) {
      refuse(
        'CONSENT.NO_ADDRESS',
        'Van deze persoon is geen e-mailadres bekend: toestemming vragen per e-mail kan niet.',
      );
    }
    const request = await requestConsentByMail(ctx, tx, {
      email: person.email,
      personId: person.id,
      reportId: working.id,
      reportTitle: working.title,
      item,
    });
    await audit(ctx, tx, {
      action: 'consent.request',
      entity: 'report',
      entityId: working.id,
      details: { requestId: request.id, personId: person.id, subject: item.kind },
    });
  });
  ctx.mailer.wake();
  return reportItemConsents(ctx.db, input.reportId);
}
