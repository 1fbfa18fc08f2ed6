import type { Id } from '../shared/index.js';
import type { ConsentLevel, ConsentRecord, LevelConsentSubject } from './consent.schema.js';

const rank: Readonly<Record<ConsentLevel, number>> = {
  private: 0,
  shareable_anonymised: 1,
  quotable: 2,
};

/**
 * Whether a given level is enough for what is needed (quotable includes anonymised sharing).
 *
 * @example consentAllows('quotable', 'shareable_anonymised') // true
 * @example consentAllows('private', 'shareable_anonymised') // false
 */
export function consentAllows(level: ConsentLevel, needed: ConsentLevel): boolean {
  return rank[level] >= rank[needed];
}

/**
 * The records about one subject, oldest first. Equal times keep their order in the input, so
 * a record stored later still wins a tie. `personId` narrows to one person (needed for contact
 * sharing and quotes, where several people consent about the same subject id).
 *
 * @example consentHistory(records, 'dilemma', dilemmaId).map((r) => r.at)
 */
export function consentHistory(
  records: readonly ConsentRecord[],
  subject: ConsentRecord['subject'],
  subjectId: Id | null,
  personId?: Id,
): ConsentRecord[] {
  return records
    .map((record, index) => ({ record, index, ms: Date.parse(record.at) }))
    .filter(
      ({ record }) =>
        record.subject === subject &&
        record.subjectId === subjectId &&
        (personId === undefined || record.personId === personId),
    )
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .map(({ record }) => record);
}

/**
 * The consent that counts now: the last record wins; without any record it is `private`
 * (levels) or not granted (contact sharing). Pure: pass the records you have.
 *
 * @example currentConsent(records, 'reaction', reactionId) // 'quotable'
 * @example currentConsent(records, 'contact_sharing', sessionId, personId) // false
 */
export function currentConsent(
  records: readonly ConsentRecord[],
  subject: 'contact_sharing',
  subjectId: Id | null,
  personId?: Id,
): boolean;
export function currentConsent(
  records: readonly ConsentRecord[],
  subject: LevelConsentSubject,
  subjectId: Id | null,
  personId?: Id,
): ConsentLevel;
export function currentConsent(
  records: readonly ConsentRecord[],
  subject: ConsentRecord['subject'],
  subjectId: Id | null,
  personId?: Id,
): ConsentLevel | boolean {
  const last = consentHistory(records, subject, subjectId, personId).at(-1);
  if (subject === 'contact_sharing') return last?.subject === 'contact_sharing' && last.granted;
  return last && last.subject !== 'contact_sharing' ? last.level : 'private';
}

/** What a report rule asks about one piece of content. */
export type ConsentQuery = {
  subject: LevelConsentSubject;
  subjectId: Id;
  /** The author, when known; narrows the records to that person. */
  personId?: Id;
  /**
   * The text as it is used now. A record given for an exact text (`ConsentRecord.text`)
   * counts only for that text: for another text the answer is `private`.
   */
  text?: string | null;
};

/**
 * Answers "what consent is recorded for this?" with a level, or `undefined` when nothing is
 * recorded (the caller then falls back to the level stored on the content itself, such as
 * `Reaction.consent`). A recorded withdrawal therefore always beats a stale copy.
 *
 * @example const lookup: ConsentLookup = () => undefined; // nothing recorded anywhere
 */
export type ConsentLookup = (query: ConsentQuery) => ConsentLevel | undefined;

/**
 * Builds a {@link ConsentLookup} from the consent records at hand.
 *
 * @example publishReport(report, consentLookupFrom(records), now)
 */
export function consentLookupFrom(records: readonly ConsentRecord[]): ConsentLookup {
  return ({ subject, subjectId, personId, text }) => {
    const last = consentHistory(records, subject, subjectId, personId).at(-1);
    if (!last || last.subject === 'contact_sharing') return undefined;
    return consentCoversText(last, text) ? last.level : 'private';
  };
}

/**
 * The form in which two texts are compared for consent: runs of white space as one space, no
 * white space at either end. Every word and sign counts; only layout does not.
 *
 * @example consentText(' Heel  waardevol!\n') // 'Heel waardevol!'
 */
export function consentText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a record speaks about this text: a record without a text holds for any text; one
 * given for an exact text only for that text (compared by {@link consentText}). Without a
 * text to compare (`undefined`) every record counts.
 *
 * @example consentCoversText({ text: 'Heel waardevol!' }, 'Heel waardevol!') // true
 * @example consentCoversText({ text: 'Heel waardevol!' }, 'Heel waardevol, echt!') // false
 */
export function consentCoversText(
  record: Pick<ConsentRecord, 'text'>,
  text: string | null | undefined,
): boolean {
  if (record.text == null || text == null) return true;
  return consentText(record.text) === consentText(text);
}
