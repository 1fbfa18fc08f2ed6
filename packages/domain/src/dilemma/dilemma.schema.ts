import { z } from 'zod';
import { Email, Id, Instant, Version, plainText, requiredText } from '../shared/index.js';
import { ConsentLevel } from '../people/consent.schema.js';

/**
 * Where a dilemma stands: collected at the start (or before) a session, chosen for the
 * protocol, discussed, or parked for another time.
 *
 * @example DilemmaStatus.parse('parked')
 */
export const DilemmaStatus = z.enum(['inventoried', 'chosen', 'discussed', 'parked'], {
  error: 'Kies een status: geïnventariseerd, gekozen, besproken of geparkeerd.',
});
/** Where a dilemma stands. */
export type DilemmaStatus = z.infer<typeof DilemmaStatus>;

/**
 * The question or dilemma itself: 10 to 2000 characters after trimming, no NUL character.
 *
 * @example DilemmaText.parse('Hoe gaan jullie om met weerstand van mantelzorgers?')
 */
export const DilemmaText = plainText('Beschrijf je vraag of dilemma.')
  .trim()
  .min(10, { error: 'Beschrijf je vraag of dilemma in minstens 10 tekens.' })
  .max(2000, { error: 'Houd je vraag of dilemma korter dan 2000 tekens.' });

/**
 * Up to five follow-up questions the owner adds to the dilemma.
 *
 * @example FollowUpQuestions.parse(['Wie haalt een bewoner op?'])
 */
export const FollowUpQuestions = z
  .array(requiredText(500), { error: 'Vul de vervolgvragen als lijst in.' })
  .max(5, { error: 'Voeg hoogstens 5 vervolgvragen toe.' });

/**
 * A coordinator's short title for a dilemma (*kop*), at most 80 characters: the only words of
 * a dilemma the shared screen shows, and the heading a report draft uses. Written by a
 * coordinator who read the text, so it never carries a client's name the way a cut-off
 * first sentence could.
 *
 * @example DilemmaKop.parse('Weerstand van mantelzorgers bij open deuren')
 */
export const DilemmaKop = plainText('Geef de vraag een korte kop.')
  .trim()
  .min(3, { error: 'Geef de vraag een kop van minstens 3 tekens.' })
  .max(80, { error: 'Houd de kop korter dan 80 tekens.' });
/** A dilemma's short title. */
export type DilemmaKop = z.infer<typeof DilemmaKop>;

/**
 * An earlier wording of a dilemma, kept when a coordinator changes its text; coordinators only.
 *
 * @example DilemmaWording.parse({ text: 'Mevrouw De Vries op kamer 12 …', followUpQuestions: [],
 *   replacedAt: '2025-03-03T12:10:00.000Z', replacedBy: null })
 */
export const DilemmaWording = z.object({
  text: z.string(),
  followUpQuestions: z.array(z.string()),
  /** When this wording was replaced by a newer one. */
  replacedAt: Instant,
  /** The coordinator who replaced it. */
  replacedBy: Id.nullable(),
});
/** An earlier wording of a dilemma. */
export type DilemmaWording = z.infer<typeof DilemmaWording>;

/**
 * A question or dilemma from a participant's own practice. Private by default: a report may
 * only show its text with the owner's consent (see `publishReport`).
 *
 * @example Dilemma.parse({ id, sessionId, ownerId: null, ownerName: 'Fenna', text: '…',
 *   followUpQuestions: [], status: 'inventoried', consent: 'private', position: null,
 *   submittedAt: '2025-03-03T12:05:00.000Z', version: 1 })
 */
export const Dilemma = z.object({
  id: Id,
  sessionId: Id,
  ownerId: Id.nullable(),
  ownerName: requiredText(120).nullable(),
  text: DilemmaText,
  followUpQuestions: FollowUpQuestions,
  /** The coordinator's short title; null until one is given. */
  kop: DilemmaKop.nullable().default(null),
  status: DilemmaStatus,
  consent: ConsentLevel,
  /** Order among the chosen dilemmas (0-based); null when not chosen. */
  position: z.number().int().min(0).nullable(),
  submittedAt: Instant,
  version: Version,
});
/** A question or dilemma from practice. */
export type Dilemma = z.infer<typeof Dilemma>;

// An empty form field means "not given": '' and whitespace become null.
const blankToNull = (value: string | null | undefined): string | null =>
  value && value.trim() !== '' ? value : null;

/**
 * The public "bring a dilemma" form. Name and e-mail are optional (an e-mail links the dilemma
 * to a person, so they can later change their consent); consent defaults to `private`.
 *
 * @example DilemmaInput.parse({ sessionId, text: 'Hoe gaan jullie om met …?' })
 * // { sessionId, text, followUpQuestions: [], ownerName: null, ownerEmail: null, consent: 'private' }
 */
export const DilemmaInput = z.object({
  sessionId: Id,
  text: DilemmaText,
  followUpQuestions: FollowUpQuestions.default([]),
  ownerName: z.string().nullish().transform(blankToNull).pipe(requiredText(120).nullable()),
  ownerEmail: z.string().nullish().transform(blankToNull).pipe(Email.nullable()),
  consent: ConsentLevel.default('private'),
  /**
   * The owner asks for the follow-up mail *Nadien* some weeks after the session (acted on
   * only once their address is confirmed).
   */
  nadien: z.boolean({ error: 'Kies of je een mail na afloop wilt.' }).default(false),
});
/** The public dilemma form. */
export type DilemmaInput = z.infer<typeof DilemmaInput>;

/**
 * A coordinator's correction of a dilemma (status changes go through `transitionDilemma`).
 *
 * A changed text or follow-up questions keeps the earlier wording (see `DilemmaWording`).
 *
 * @example DilemmaUpdate.parse({ id, version: 2, consent: 'shareable_anonymised', kop: 'Alleen naar de markt' })
 */
export const DilemmaUpdate = z.object({
  id: Id,
  version: Version,
  text: DilemmaText.optional(),
  followUpQuestions: FollowUpQuestions.optional(),
  kop: DilemmaKop.nullable().optional(),
  ownerName: requiredText(120).nullable().optional(),
  consent: ConsentLevel.optional(),
  position: z.number().int().min(0).nullable().optional(),
});
/** Dilemma update input. */
export type DilemmaUpdate = z.infer<typeof DilemmaUpdate>;
