import {
  headlinesOf,
  listConsentsForSubjects,
  listReportsByIds,
  type DocumentHeadline,
  type Executor,
} from '@jamsessie/db';
import {
  consentLookupFrom,
  publicReport,
  refreshReportConsents,
  type PublicReport,
  type Report,
} from '@jamsessie/domain';
import { filterDeep, publicLinkFilter } from '../privacy/public-link-filter.js';
import type { SnippetPart } from './tagged-search.js';

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

/**
 * The text of a public report that search shows a passage of: the editor's text and what the
 * public projection holds of quotes and reactions (so only consented ones). Dilemma texts are
 * left out, as they are not searched. One passage per line.
 *
 * @example publicSearchText(publicReport) // 'Zelfs de carnavalsdagen …\nHoe is het bij jullie …'
 */
export function publicSearchText(report: PublicReport): string {
  return [
    report.intro,
    ...report.sections.flatMap((s) => [
      s.heading,
      s.summary,
      ...s.tips,
      ...s.takeAways,
      s.quote?.text ?? '',
    ]),
    ...report.tips,
    ...report.reactions.map((r) => r.text),
  ]
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** A passage cut from a longer text says so: '…' where it does not reach the text's start or end. */
function withEllipses(parts: readonly SnippetPart[], body: string): SnippetPart[] {
  const plain = parts
    .map((part) => part.text)
    .join('')
    .trim();
  if (plain === '') return [];
  const ellipsis = (text: string) => ({ text, match: false });
  return [
    ...(body.trimStart().startsWith(plain.slice(0, 40)) ? [] : [ellipsis('… ')]),
    ...parts,
    ...(body.trimEnd().endsWith(plain.slice(-40)) ? [] : [ellipsis(' …')]),
  ];
}

/** A published report with where a query matches its public text. */
export type PublicSearchMatch = { report: PublicReport } & Omit<DocumentHeadline, 'key'>;

/**
 * Where a query matches each of these reports as the public sees them (`toPublicReports`:
 * consents as recorded now, links redacted): the title with its matches marked, passages of
 * the text around the matches, and whether it matches at all. A report that matched by a
 * quote or reaction whose author has since withdrawn consent does not match here. Drafts
 * and unknown ids are absent from the answer.
 *
 * @example (await publicSearchMatches(db, 'fietsen', [id])).get(id)?.snippet
 */
export async function publicSearchMatches(
  db: Executor,
  query: string,
  ids: readonly string[],
): Promise<Map<string, PublicSearchMatch>> {
  if (ids.length === 0) return new Map();
  const reports = await toPublicReports(db, await listReportsByIds(db, ids));
  const bodies = new Map(reports.map((report) => [report.id, publicSearchText(report)]));
  const headlines = await headlinesOf(
    db,
    query,
    reports.map((report) => ({
      key: report.id,
      title: report.title,
      body: bodies.get(report.id) ?? '',
    })),
  );
  const byId = new Map(reports.map((report) => [report.id, report]));
  return new Map(
    headlines.flatMap(({ key, ...headline }) => {
      const report = byId.get(key);
      if (!report) return [];
      const snippet = withEllipses(headline.snippet, bodies.get(key) ?? '');
      return [[key, { report, ...headline, snippet }] as const];
    }),
  );
}
