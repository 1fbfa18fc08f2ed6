import {
  listConsentsForSubjects,
  listMeetingLinksOfSessions,
  type Executor,
  type ReportSearchHit,
} from '@jamsessie/db';
import {
  consentLookupFrom,
  publicReport,
  redactSecrets,
  refreshReportConsents,
  type PublicReport,
  type Report,
} from '@jamsessie/domain';
import { redactDeep } from './redact-deep.js';

/** The consent subjects a report depends on: its dilemmas, quoted dilemmas and reactions. */
function consentSubjectsOf(report: Report): string[] {
  return [
    ...report.sections.flatMap((s) => [s.dilemmaId, s.quote?.dilemmaId ?? s.dilemmaId]),
    ...report.reactions.map((r) => r.id),
  ];
}

/**
 * Reports as anyone may see them, the one way every public output (the API, the RSS feed,
 * lists) builds them: drafts dropped; every consent refreshed from the consent history, so a
 * withdrawal after publication removes the dilemma text, quote or reaction at once; projected
 * by the domain's `publicReport`; and the meeting links of the report's session and series
 * redacted from all its text (a coordinator may have pasted one into the intro). Two queries
 * for any number of reports.
 *
 * @example const [report] = await toPublicReports(db, [await findReportBySlug(db, slug)]);
 */
export async function toPublicReports(
  db: Executor,
  reports: readonly Report[],
): Promise<PublicReport[]> {
  const published = reports.filter((report) => report.status === 'published');
  if (published.length === 0) return [];
  const [consents, links] = await Promise.all([
    listConsentsForSubjects(db, [...new Set(published.flatMap(consentSubjectsOf))]),
    listMeetingLinksOfSessions(
      db,
      published.map((report) => report.sessionId),
    ),
  ]);
  const lookup = consentLookupFrom(consents);
  return published.flatMap((report) => {
    const projected = publicReport(refreshReportConsents(report, lookup));
    return projected ? [redactDeep(projected, links.get(report.sessionId) ?? [])] : [];
  });
}

/** The highlight marks of PostgreSQL's `ts_headline` in a search snippet. */
const HIGHLIGHT = /<\/?b>/g;

function redactHeadline(headline: string, secrets: readonly string[]): string {
  // A highlight can cut a link in two, so look at the text without marks: when it holds a
  // secret, the snippet loses its highlights rather than risk showing part of the link.
  const plain = headline.replace(HIGHLIGHT, '');
  const redacted = redactSecrets(plain, secrets);
  return redacted === plain ? headline : redacted;
}

/**
 * Search hits as anyone may see them: the meeting links of each report's session and series
 * redacted from its title and highlighted snippet (one query for all hits). Search only
 * indexes editor-written text, never dilemmas or reactions, so no consent applies.
 *
 * @example const hits = await toPublicSearchHits(db, (await searchReports(db, search)).hits);
 */
export async function toPublicSearchHits(
  db: Executor,
  hits: readonly ReportSearchHit[],
): Promise<ReportSearchHit[]> {
  const links = await listMeetingLinksOfSessions(
    db,
    hits.map((hit) => hit.sessionId),
  );
  return hits.map((hit) => {
    const secrets = links.get(hit.sessionId) ?? [];
    return {
      ...hit,
      title: redactSecrets(hit.title, secrets),
      snippet: redactHeadline(hit.snippet, secrets),
    };
  });
}
