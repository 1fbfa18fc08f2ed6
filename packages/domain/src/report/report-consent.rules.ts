import { dutchCount } from '../format/dutch-plural.js';
import type { ConsentLookup } from '../people/consent.rules.js';
import { consentAllows } from '../people/consent.rules.js';
import { consentLevelLabels } from '../people/consent.labels.js';
import type { ConsentLevel } from '../people/consent.schema.js';
import type { Report } from './report.schema.js';

/** One piece of report content that lacks the consent it needs. */
export type ConsentGap = {
  kind: 'dilemma' | 'quote' | 'reaction';
  /** The section's dilemma id (dilemma text, quote) or the reaction id. */
  id: string;
  /** The start of the content, to recognise it by. */
  excerpt: string;
  needed: ConsentLevel;
  current: ConsentLevel;
};

/**
 * The first words of a text, for messages: at most 60 characters, cut at a word.
 *
 * @example excerptOf('Heel waardevol wat je elkaar mee kan geven, wat je van en met elkaar kan leren!') // 'Heel waardevol wat je elkaar mee kan geven, wat je van en…'
 */
export function excerptOf(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The report with every consent copy replaced by what is recorded now (a withdrawal wins over
 * an older copy; where nothing is recorded the copy stays). A consent given for an exact text
 * counts only while the report shows that text: after an edit the item is `private` until
 * its author approves the new text.
 *
 * @example refreshReportConsents(report, consentLookupFrom(records))
 */
export function refreshReportConsents(report: Report, lookup: ConsentLookup): Report {
  return {
    ...report,
    sections: report.sections.map((s) => ({
      ...s,
      dilemmaConsent:
        lookup({ subject: 'dilemma', subjectId: s.dilemmaId, text: s.dilemmaText }) ??
        s.dilemmaConsent,
      quote: s.quote && {
        ...s.quote,
        consent:
          (s.quote.authorId !== null
            ? lookup({
                subject: 'quote',
                subjectId: s.quote.dilemmaId ?? s.dilemmaId,
                personId: s.quote.authorId,
                text: s.quote.text,
              })
            : undefined) ?? s.quote.consent,
      },
    })),
    reactions: report.reactions.map((r) => ({
      ...r,
      consent:
        lookup({
          subject: 'reaction',
          subjectId: r.id,
          text: r.text,
          ...(r.authorId ? { personId: r.authorId } : {}),
        }) ?? r.consent,
    })),
  };
}

/**
 * Everything in a report that may not be published yet: dilemma text shown without at least
 * `shareable_anonymised`, and quotes or reactions without `quotable`. Pass a lookup to check
 * against the recorded consents; without one the report's own copies are used.
 *
 * @example reportConsentGaps(report, lookup) // [{ kind: 'reaction', id, excerpt: 'Heel waardevol…', needed: 'quotable', current: 'private' }]
 */
export function reportConsentGaps(report: Report, lookup?: ConsentLookup): ConsentGap[] {
  const r = lookup ? refreshReportConsents(report, lookup) : report;
  const gaps: ConsentGap[] = [];
  for (const s of r.sections) {
    if (s.dilemmaText !== null && !consentAllows(s.dilemmaConsent, 'shareable_anonymised')) {
      gaps.push({
        kind: 'dilemma',
        id: s.dilemmaId,
        excerpt: excerptOf(s.heading),
        needed: 'shareable_anonymised',
        current: s.dilemmaConsent,
      });
    }
    if (s.quote && !consentAllows(s.quote.consent, 'quotable')) {
      gaps.push({
        kind: 'quote',
        id: s.dilemmaId,
        excerpt: excerptOf(s.quote.text),
        needed: 'quotable',
        current: s.quote.consent,
      });
    }
  }
  for (const reaction of r.reactions) {
    if (!consentAllows(reaction.consent, 'quotable')) {
      gaps.push({
        kind: 'reaction',
        id: reaction.id,
        excerpt: excerptOf(reaction.text),
        needed: 'quotable',
        current: reaction.consent,
      });
    }
  }
  return gaps;
}

/**
 * A Dutch sentence naming each gap, for the editor who tried to publish.
 *
 * @example describeConsentGaps(gaps)
 * // 'Publiceren kan nog niet: er ontbreekt toestemming voor 1 onderdeel: de reactie „Heel waardevol…” (nu: privé, nodig: te citeren). …'
 */
export function describeConsentGaps(gaps: readonly ConsentGap[], report?: Report): string {
  const heading = (id: string) => report?.sections.find((s) => s.dilemmaId === id)?.heading;
  const parts = gaps.map((g) => {
    const levels = `(nu: ${consentLevelLabels[g.current]}, nodig: ${consentLevelLabels[g.needed]})`;
    if (g.kind === 'reaction') return `de reactie „${g.excerpt}” ${levels}`;
    if (g.kind === 'quote') {
      const where = heading(g.id);
      return `het citaat „${g.excerpt}”${where ? ` in „${excerptOf(where)}”` : ''} ${levels}`;
    }
    return `de tekst van de vraag in sectie „${g.excerpt}” ${levels}`;
  });
  const count = dutchCount(gaps.length, { one: 'onderdeel', other: 'onderdelen' });
  return `Publiceren kan nog niet: er ontbreekt toestemming voor ${count}: ${parts.join('; ')}. Vraag toestemming of haal deze onderdelen weg.`;
}
