import type { ConsentLevel, Report, ReportUpdate } from '@jamsessie/domain';

/** A section as the form holds it: lists as lines of text. */
export type SectionDraft = {
  dilemmaId: string;
  heading: string;
  /** The dilemma as the report shows it; null when the report does not show it (no consent). */
  dilemmaText: string | null;
  summary: string;
  tips: string;
  takeAways: string;
  quoteText: string;
  quoteAuthorId: string;
};

/** A reaction as the form holds it. */
export type ReactionDraft = { id: string; text: string; consent: ConsentLevel };

/** The editable parts of a report as the form holds them. */
export type ReportDraft = {
  title: string;
  slug: string;
  intro: string;
  tips: string;
  themeIds: string[];
  keywordIds: string[];
  sections: SectionDraft[];
  reactions: ReactionDraft[];
};

const lines = (items: readonly string[]) => items.join('\n');
const list = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The form's starting point for a report. A section without a quote proposes the dilemma's
 * owner (`defaultAuthor`) as the author of a quote still to be typed.
 *
 * @example reportDraftOf(report).sections[0]?.tips // 'Open, tenzij.\nGps …'
 */
export function reportDraftOf(
  report: Report,
  defaultAuthor: (dilemmaId: string) => string | null = () => null,
): ReportDraft {
  return {
    title: report.title,
    slug: report.slug,
    intro: report.intro,
    tips: lines(report.tips),
    themeIds: [...report.themeIds],
    keywordIds: [...report.keywordIds],
    sections: report.sections.map((s) => ({
      dilemmaId: s.dilemmaId,
      heading: s.heading,
      dilemmaText: s.dilemmaText,
      summary: s.summary,
      tips: lines(s.tips),
      takeAways: lines(s.takeAways),
      quoteText: s.quote?.text ?? '',
      quoteAuthorId: (s.quote ? s.quote.authorId : defaultAuthor(s.dilemmaId)) ?? '',
    })),
    reactions: report.reactions.map((r) => ({ id: r.id, text: r.text, consent: r.consent })),
  };
}

/**
 * The update to send: every editable field, with the version the form loaded. A quote keeps
 * the consent copy it had (the recorded consent decides at publishing); a new quote starts
 * private, so it can never be published without consent being recorded.
 *
 * @example reportUpdateOf(report, draft).version // report.version
 */
export function reportUpdateOf(report: Report, draft: ReportDraft): ReportUpdate {
  return {
    id: report.id,
    version: report.version,
    title: draft.title,
    slug: draft.slug,
    intro: draft.intro,
    tips: list(draft.tips),
    themeIds: draft.themeIds,
    keywordIds: draft.keywordIds,
    sections: draft.sections.map((s) => {
      const before = report.sections.find((x) => x.dilemmaId === s.dilemmaId);
      const text = s.quoteText.trim();
      const authorId = s.quoteAuthorId || null;
      const same =
        before?.quote && before.quote.text === text && before.quote.authorId === authorId;
      return {
        dilemmaId: s.dilemmaId,
        heading: s.heading,
        summary: s.summary,
        tips: list(s.tips),
        takeAways: list(s.takeAways),
        quote: text
          ? {
              text,
              authorId,
              dilemmaId: s.dilemmaId,
              consent: same && before.quote ? before.quote.consent : 'private',
            }
          : null,
        // The editor may reword the dilemma block (e.g. take out a client's name); emptied, it
        // is left out of the report.
        dilemmaText: s.dilemmaText?.trim() ? s.dilemmaText.trim() : null,
        dilemmaConsent: before?.dilemmaConsent ?? 'private',
      };
    }),
    reactions: draft.reactions
      .filter((r) => r.text.trim() !== '')
      .map((r) => {
        const before = report.reactions.find((x) => x.id === r.id);
        return {
          id: r.id,
          text: r.text.trim(),
          authorId: before?.authorId ?? null,
          consent: r.consent,
        };
      }),
  };
}

/**
 * Whether the form holds changes that are not saved (publishing uses the stored version).
 *
 * @example isDirty(report, reportDraftOf(report)) // false
 */
export function isDirty(
  report: Report,
  draft: ReportDraft,
  defaultAuthor?: (dilemmaId: string) => string | null,
): boolean {
  return JSON.stringify(reportDraftOf(report, defaultAuthor)) !== JSON.stringify(draft);
}
