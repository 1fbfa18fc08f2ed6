import { listConsentsForSubjects, type Executor, type ReportSearchHit } from '@jamsessie/db';
import {
  consentLookupFrom,
  publicReport,
  refreshReportConsents,
  type MeetingLinkFilter,
  type PublicReport,
  type Report,
} from '@jamsessie/domain';
import { filterDeep, publicLinkFilter } from '../privacy/public-link-filter.js';

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
 * by the domain's `publicReport`; and every meeting link (of any series or session) and its
 * parts redacted from all its text by the one public filter. Two small queries
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
  const [consents, filter] = await Promise.all([
    listConsentsForSubjects(db, [...new Set(published.flatMap(consentSubjectsOf))]),
    publicLinkFilter(db),
  ]);
  const lookup = consentLookupFrom(consents);
  return published.flatMap((report) => {
    const projected = publicReport(refreshReportConsents(report, lookup));
    return projected ? [filterDeep(projected, filter)] : [];
  });
}

/** The highlight marks of PostgreSQL's `ts_headline` in a search snippet. */
const HIGHLIGHT = /<\/?b>/g;

function redactHeadline(headline: string, filter: MeetingLinkFilter): string {
  // A highlight can cut a link in two, so look at the text without marks: when it holds a
  // link or its parts, the snippet loses its highlights rather than risk showing part of it.
  const plain = headline.replace(HIGHLIGHT, '');
  const redacted = filter.redact(plain);
  return redacted === plain ? headline : redacted;
}

/**
 * Search hits as anyone may see them: every meeting link and its parts redacted from the title
 * and the highlighted snippet by the one public filter, before the highlight marks split them. Search only
 * indexes editor-written text, never dilemmas or reactions, so no consent applies.
 *
 * @example const hits = await toPublicSearchHits(db, (await searchReports(db, search)).hits);
 */
export async function toPublicSearchHits(
  db: Executor,
  hits: readonly ReportSearchHit[],
): Promise<ReportSearchHit[]> {
  const filter = await publicLinkFilter(db);
  return hits.map((hit) => ({
    ...hit,
    title: filter.redact(hit.title),
    snippet: redactHeadline(hit.snippet, filter),
  }));
}
