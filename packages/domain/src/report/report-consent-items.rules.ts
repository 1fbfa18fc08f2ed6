import type { Id, Instant } from '../shared/index.js';
import { consentAllows, consentCoversText, consentHistory } from '../people/consent.rules.js';
import type { ConsentLevel, ConsentRecord, LevelConsentSubject } from '../people/consent.schema.js';
import type { Report } from './report.schema.js';

/**
 * One piece of a report that needs its author's consent: a section's dilemma text (its
 * owner's), a quote or a reaction, with the exact text the report uses and the level it needs.
 * `subjectId` is what the consent records speak about (the dilemma id for a dilemma text and
 * a quote, the reaction id for a reaction).
 */
export type ReportConsentItem = {
  kind: LevelConsentSubject;
  subjectId: Id;
  /** Whose consent counts; null when the report names no author (nobody can be asked). */
  authorId: Id | null;
  text: string;
  needed: ConsentLevel;
};

/**
 * The level each kind of item needs before a report may show it: a dilemma's text is shared
 * anonymised, quotes and reactions are quoted literally.
 *
 * @example CONSENT_NEEDED.quote // 'quotable'
 */
export const CONSENT_NEEDED: Readonly<Record<LevelConsentSubject, ConsentLevel>> = {
  dilemma: 'shareable_anonymised',
  quote: 'quotable',
  reaction: 'quotable',
};

/**
 * Every piece of a report that needs an author's consent, in reading order: per section its
 * dilemma text (owner from `ownerOf`, needs `shareable_anonymised`) and its quote (needs
 * `quotable`), then the reactions (need `quotable`).
 *
 * @example reportConsentItems(report, (dilemmaId) => owners.get(dilemmaId) ?? null)
 * // [{ kind: 'quote', subjectId: dilemmaId, authorId, text: 'Waar denk je dat hij was? …', needed: 'quotable' }, …]
 */
export function reportConsentItems(
  report: Report,
  ownerOf: (dilemmaId: Id) => Id | null,
): ReportConsentItem[] {
  const items: ReportConsentItem[] = [];
  for (const s of report.sections) {
    if (s.dilemmaText !== null) {
      items.push({
        kind: 'dilemma',
        subjectId: s.dilemmaId,
        authorId: ownerOf(s.dilemmaId),
        text: s.dilemmaText,
        needed: CONSENT_NEEDED.dilemma,
      });
    }
    if (s.quote) {
      items.push({
        kind: 'quote',
        subjectId: s.quote.dilemmaId ?? s.dilemmaId,
        authorId: s.quote.authorId,
        text: s.quote.text,
        needed: CONSENT_NEEDED.quote,
      });
    }
  }
  for (const r of report.reactions) {
    items.push({
      kind: 'reaction',
      subjectId: r.id,
      authorId: r.authorId,
      text: r.text,
      needed: CONSENT_NEEDED.reaction,
    });
  }
  return items;
}

/**
 * Where the author's consent for one item stands, as the person's page and the report
 * editor show it: `given` (for this text), `refused` (never given), `withdrawn` (given once,
 * taken back), `text_changed` (given for an earlier text: ask again), `requested` (asked
 * after the last decision, no answer yet), `not_asked`.
 */
export type ConsentItemStatus =
  'given' | 'refused' | 'withdrawn' | 'text_changed' | 'requested' | 'not_asked';

/**
 * The status of one item from its author's consent records (any order) and the moment
 * consent for this very text was last requested (if ever). The last record counts; a request
 * newer than it is still open.
 *
 * @example consentItemStatus(item, records, null) // 'given'
 * @example consentItemStatus(editedItem, records, null) // 'text_changed'
 */
export function consentItemStatus(
  item: ReportConsentItem,
  records: readonly ConsentRecord[],
  requestedAt: Instant | null,
): ConsentItemStatus {
  if (item.authorId === null) return 'not_asked';
  const history = consentHistory(records, item.kind, item.subjectId, item.authorId);
  const last = history.at(-1);
  const asked = requestedAt !== null && (!last || Date.parse(requestedAt) > Date.parse(last.at));
  const level = (r: ConsentRecord): ConsentLevel =>
    r.subject === 'contact_sharing' ? 'private' : r.level;
  if (last && consentAllows(level(last), item.needed)) {
    if (consentCoversText(last, item.text)) return 'given';
    return asked ? 'requested' : 'text_changed';
  }
  if (asked) return 'requested';
  if (!last) return 'not_asked';
  return history.some((r) => consentAllows(level(r), item.needed)) ? 'withdrawn' : 'refused';
}

/**
 * Dutch labels of {@link ConsentItemStatus}, for the person's page and the report editor.
 *
 * @example consentItemStatusLabels.withdrawn // 'toestemming ingetrokken'
 */
export const consentItemStatusLabels: Readonly<Record<ConsentItemStatus, string>> = {
  given: 'toestemming gegeven',
  refused: 'toestemming geweigerd',
  withdrawn: 'toestemming ingetrokken',
  text_changed: 'tekst gewijzigd: opnieuw toestemming nodig',
  requested: 'toestemming gevraagd, nog geen antwoord',
  not_asked: 'nog geen toestemming gevraagd',
};

/**
 * Dutch names of the kinds of item, as a heading of one item.
 *
 * @example consentItemKindLabels.reaction // 'Reactie'
 */
export const consentItemKindLabels: Readonly<Record<LevelConsentSubject, string>> = {
  dilemma: 'Je vraag, zoals het verslag hem toont',
  quote: 'Citaat',
  reaction: 'Reactie',
};

/**
 * The kinds of item as the object of a Dutch sentence addressed to their author.
 *
 * @example `Mogen we ${consentItemObjectLabels.quote} gebruiken?` // 'Mogen we je citaat gebruiken?'
 */
export const consentItemObjectLabels: Readonly<Record<LevelConsentSubject, string>> = {
  dilemma: 'je vraag',
  quote: 'je citaat',
  reaction: 'je reactie',
};
