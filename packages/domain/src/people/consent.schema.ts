import { z } from 'zod';
import { Id, Instant } from '../shared/index.js';

/**
 * How far a participant lets us share something they said or wrote. Ordered from least to most:
 * `private` (only the session itself), `shareable_anonymised` (may appear in a report without
 * their name), `quotable` (may be quoted literally, still without names of clients).
 *
 * @example ConsentLevel.parse('shareable_anonymised')
 */
export const ConsentLevel = z.enum(['private', 'shareable_anonymised', 'quotable'], {
  error: 'Kies privé, anoniem te delen of te citeren.',
});
/** A level of consent. */
export type ConsentLevel = z.infer<typeof ConsentLevel>;

/**
 * What a consent is about. Dilemmas, reactions and quotes have a {@link ConsentLevel};
 * contact sharing (receiving and giving e-mail addresses after a session) is a yes/no.
 *
 * @example ConsentSubject.parse('contact_sharing')
 */
export const ConsentSubject = z.enum(['dilemma', 'reaction', 'quote', 'contact_sharing'], {
  error: 'Kies waar de toestemming over gaat.',
});
/** What a consent is about. */
export type ConsentSubject = z.infer<typeof ConsentSubject>;

/**
 * The subjects whose consent is a level (every subject except contact sharing).
 *
 * @example LevelConsentSubject.parse('quote')
 */
export const LevelConsentSubject = z.enum(['dilemma', 'reaction', 'quote'], {
  error: 'Kies vraag, reactie of citaat.',
});
/** A subject whose consent is a level. */
export type LevelConsentSubject = z.infer<typeof LevelConsentSubject>;

/**
 * How a consent reached us: `confirmed_email` — given by the person themselves, after their
 * e-mail address proved itself by a one-time link; `coordinator` — recorded by a coordinator on
 * the person's behalf (e.g. a dilemma entered in the inventory for them). Older records carry
 * no method (null).
 *
 * @example ConsentMethod.parse('confirmed_email')
 */
export const ConsentMethod = z.enum(['confirmed_email', 'coordinator'], {
  error: 'Kies hoe de toestemming is gegeven.',
});
/** How a consent reached us. */
export type ConsentMethod = z.infer<typeof ConsentMethod>;

const recordBase = {
  id: Id,
  /** Whose consent this is. */
  personId: Id,
  /**
   * The thing consented to: a dilemma id, a reaction id, the dilemma id a quote belongs to, or
   * for contact sharing the session id (null = for every session).
   */
  subjectId: Id.nullable(),
  at: Instant,
  /** Who recorded it when not the person themselves (a coordinator's person id). */
  by: Id.nullable().default(null),
  /** How it was given (see {@link ConsentMethod}); absent or null on records from before. */
  method: ConsentMethod.nullable().optional(),
  /**
   * The exact text consented to (a quote, a reaction or a dilemma as a report shows it). When
   * present, the consent holds for this text only: a changed text needs a new one (see
   * `consentLookupFrom`). Absent or null: the level holds whatever the text (a withdrawal, a
   * dilemma's level chosen at intake, records from before).
   */
  text: z.string().nullable().optional(),
};

/**
 * One consent given or withdrawn. Records are never edited: a change (also a withdrawal) is a
 * new record, and the last one counts (see `currentConsent`), so the history stays visible.
 *
 * @example
 * ConsentRecord.parse({ id, personId, subject: 'reaction', subjectId: reactionId,
 *   level: 'quotable', at: '2025-03-03T13:00:00.000Z' });
 * ConsentRecord.parse({ id, personId, subject: 'contact_sharing', subjectId: sessionId,
 *   granted: true, at: '2025-03-03T13:00:00.000Z' });
 */
export const ConsentRecord = z.discriminatedUnion('subject', [
  z.object({ ...recordBase, subject: LevelConsentSubject, level: ConsentLevel }),
  z.object({ ...recordBase, subject: z.literal('contact_sharing'), granted: z.boolean() }),
]);
/** One consent given or withdrawn. */
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/**
 * What a participant or coordinator submits to record a consent; the API adds `id` and `at`.
 *
 * @example ConsentRecordInput.parse({ personId, subject: 'quote', subjectId: dilemmaId, level: 'quotable' })
 */
export const ConsentRecordInput = z.discriminatedUnion('subject', [
  z.object({
    personId: Id,
    subjectId: Id.nullable(),
    subject: LevelConsentSubject,
    level: ConsentLevel,
  }),
  z.object({
    personId: Id,
    subjectId: Id.nullable(),
    subject: z.literal('contact_sharing'),
    granted: z.boolean(),
  }),
]);
/** Consent record input. */
export type ConsentRecordInput = z.infer<typeof ConsentRecordInput>;
