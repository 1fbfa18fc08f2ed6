import { z } from 'zod';
import {
  HttpsUrl,
  Id,
  Instant,
  Slug,
  Version,
  optionalText,
  requiredText,
} from '../shared/index.js';
import { ConsentLevel } from '../people/consent.schema.js';

const Tip = requiredText(1000);

/**
 * A literal quote in a report section. `consent` is the author's level as last known to the
 * report (refreshed by `publishReport`); only `quotable` quotes reach the public report.
 *
 * @example Quote.parse({ text: 'Waar denk je dat hij was?', authorId, dilemmaId: null, consent: 'quotable' })
 */
export const Quote = z.object({
  text: requiredText(2000),
  authorId: Id.nullable(),
  /** The dilemma the quote belongs to, when it is not the section's own. */
  dilemmaId: Id.nullable().default(null),
  consent: ConsentLevel.default('private'),
});
/** A quote in a report. */
export type Quote = z.infer<typeof Quote>;

/**
 * A participant's short reaction after the session ("Heel waardevol …").
 *
 * @example Reaction.parse({ id, text: 'Heel waardevol!', authorId: null, consent: 'quotable' })
 */
export const Reaction = z.object({
  id: Id,
  text: requiredText(1000),
  authorId: Id.nullable(),
  consent: ConsentLevel,
});
/** A participant's reaction. */
export type Reaction = z.infer<typeof Reaction>;

/**
 * The part of a report about one discussed dilemma. `dilemmaText` is the dilemma as asked,
 * shown only with at least `shareable_anonymised` consent (null otherwise); `dilemmaConsent`
 * is the level as last known to the report. Heading and summary are the editor's own words.
 *
 * @example ReportSection.parse({ dilemmaId, heading: 'Vraag 1', summary: '', tips: ['Open, tenzij.'],
 *   takeAways: [], quote: null, dilemmaText: null, dilemmaConsent: 'private' })
 */
export const ReportSection = z.object({
  dilemmaId: Id,
  heading: requiredText(200),
  summary: optionalText(5000),
  tips: z.array(Tip),
  takeAways: z.array(Tip),
  quote: Quote.nullable(),
  dilemmaText: requiredText(2000).nullable().default(null),
  dilemmaConsent: ConsentLevel.default('private'),
});
/** A report section. */
export type ReportSection = z.infer<typeof ReportSection>;

/**
 * One of the platform's own downloads, as a path on this site (`/downloads/…`, with an
 * optional query such as `?jaar=2025`): a report links to the schedule and the description it
 * was written with, wherever the platform is installed.
 *
 * @example DownloadPath.parse('/downloads/reeks/jamsessies-vvlg/schema.pdf?jaar=2025')
 */
export const DownloadPath = z
  .string()
  .regex(/^\/downloads\/[a-z0-9-]+(?:\/[a-z0-9-]+)*\.(?:pdf|png)(?:\?[a-z]+=[a-z0-9-]+)?$/, {
    error: 'Vul een webadres in dat met https:// begint, of een download van deze site.',
  });
/** A path of one of the platform's own downloads. */
export type DownloadPath = z.infer<typeof DownloadPath>;

/**
 * A downloadable document or link attached to a report (schedule, description of the
 * sessions): an https address elsewhere, or one of this site's own downloads.
 *
 * @example ReportAttachment.parse({ title: 'Jamsessies VVLG 2025', url: '/downloads/reeks/jamsessies-vvlg/schema.pdf?jaar=2025' })
 */
export const ReportAttachment = z.object({
  title: requiredText(200),
  url: z.union([HttpsUrl, DownloadPath]),
});
/** An attachment. */
export type ReportAttachment = z.infer<typeof ReportAttachment>;

/**
 * Draft or published.
 *
 * @example ReportStatus.parse('draft')
 */
export const ReportStatus = z.enum(['draft', 'published']);
/** Draft or published. */
export type ReportStatus = z.infer<typeof ReportStatus>;

/**
 * A written impression of a session ("verslag"): a section per discussed dilemma, general
 * tips, participants' reactions, tagged with themes and keywords.
 *
 * @example Report.parse(draftReport({ … })) // a draft always parses
 */
export const Report = z.object({
  id: Id,
  sessionId: Id,
  slug: Slug,
  title: requiredText(200),
  intro: optionalText(5000),
  sections: z.array(ReportSection),
  tips: z.array(Tip),
  reactions: z.array(Reaction),
  themeIds: z.array(Id),
  keywordIds: z.array(Id),
  attachments: z.array(ReportAttachment),
  status: ReportStatus,
  publishedAt: Instant.nullable(),
  version: Version,
});
/** A report. */
export type Report = z.infer<typeof Report>;

/**
 * What an editor fills in to create a report by hand; it starts as a draft (publishing goes
 * through `publishReport`, which checks consent).
 *
 * @example ReportInput.parse({ sessionId, slug: 'jamsessie-3-maart-2025', title: '…', intro: '', sections: [], … })
 */
export const ReportInput = Report.omit({
  id: true,
  version: true,
  status: true,
  publishedAt: true,
});
/** Report create input. */
export type ReportInput = z.infer<typeof ReportInput>;

/**
 * A partial update of a report's content with the version it was based on.
 *
 * @example ReportUpdate.parse({ id, version: 3, intro: 'Zelfs de carnavalsdagen …' })
 */
export const ReportUpdate = ReportInput.omit({ sessionId: true })
  .partial()
  .extend({ id: Id, version: Version });
/** Report update input. */
export type ReportUpdate = z.infer<typeof ReportUpdate>;

/**
 * A coordinator's mark that one passage of a report is "geen cliëntgegeven": the report and the
 * hit's key (see `clientNameHitKey`).
 *
 * @example ClientHitClearance.parse({ id, key: 'sections.0.dilemmaText|room_number|kamer 12' })
 */
export const ClientHitClearance = z.object({ id: Id, key: requiredText(400) });
/** A "geen cliëntgegeven" mark. */
export type ClientHitClearance = z.infer<typeof ClientHitClearance>;
