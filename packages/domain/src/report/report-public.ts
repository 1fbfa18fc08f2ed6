import { z } from 'zod';
import { Id, Instant } from '../shared/index.js';
import { consentAllows } from '../people/consent.rules.js';
import { ReportAttachment, type Report } from './report.schema.js';

/**
 * A report section as the public sees it: no author ids, no consent bookkeeping; the dilemma
 * text and the quote only when consented.
 *
 * @example PublicReportSection.parse({ heading: 'Vraag 1', summary: '', tips: [], takeAways: [], dilemmaText: null, quote: null })
 */
export const PublicReportSection = z.object({
  heading: z.string(),
  summary: z.string(),
  tips: z.array(z.string()),
  takeAways: z.array(z.string()),
  dilemmaText: z.string().nullable(),
  quote: z.object({ text: z.string() }).nullable(),
});
/** A public report section. */
export type PublicReportSection = z.infer<typeof PublicReportSection>;

/**
 * The public projection of a report: only consented content, no person ids.
 *
 * @example PublicReport.parse(publicReport(report))
 */
export const PublicReport = z.object({
  id: Id,
  sessionId: Id,
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  sections: z.array(PublicReportSection),
  tips: z.array(z.string()),
  reactions: z.array(z.object({ id: Id, text: z.string() })),
  themeIds: z.array(Id),
  keywordIds: z.array(Id),
  attachments: z.array(ReportAttachment),
  publishedAt: Instant.nullable(),
});
/** The public projection of a report. */
export type PublicReport = z.infer<typeof PublicReport>;

/**
 * What the public may see of a report. A draft gives null, unless `preview` is asked (for an
 * editor's "as the public sees it" view). Consent is read from the report's own copies, which
 * `publishReport` refreshed; every field is copied explicitly, so a new private field in
 * `Report` never leaks by accident.
 *
 * @example publicReport(published)?.reactions // only the quotable reactions, without author ids
 * @example publicReport(draft) // null
 */
export function publicReport(
  report: Report,
  options: { preview?: boolean } = {},
): PublicReport | null {
  if (report.status !== 'published' && !options.preview) return null;
  return {
    id: report.id,
    sessionId: report.sessionId,
    slug: report.slug,
    title: report.title,
    intro: report.intro,
    sections: report.sections.map((s) => ({
      heading: s.heading,
      summary: s.summary,
      tips: [...s.tips],
      takeAways: [...s.takeAways],
      dilemmaText: consentAllows(s.dilemmaConsent, 'shareable_anonymised') ? s.dilemmaText : null,
      quote: s.quote && consentAllows(s.quote.consent, 'quotable') ? { text: s.quote.text } : null,
    })),
    tips: [...report.tips],
    reactions: report.reactions
      .filter((r) => consentAllows(r.consent, 'quotable'))
      .map((r) => ({ id: r.id, text: r.text })),
    themeIds: [...report.themeIds],
    keywordIds: [...report.keywordIds],
    attachments: report.attachments.map((a) => ({ title: a.title, url: a.url })),
    publishedAt: report.publishedAt,
  };
}
