import { err, ok, type Id, type Instant, type Result } from '../shared/index.js';
import { dilemmaStatusLabels } from './dilemma.labels.js';
import type { Dilemma, DilemmaInput, DilemmaStatus } from './dilemma.schema.js';

/**
 * The status changes a coordinator may make. A discussed dilemma stays discussed; a parked
 * one first goes back to the inventory before it can be chosen again.
 *
 * @example allowedDilemmaTransitions.parked // ['inventoried']
 */
export const allowedDilemmaTransitions: Readonly<Record<DilemmaStatus, readonly DilemmaStatus[]>> =
  {
    inventoried: ['chosen', 'parked'],
    chosen: ['discussed', 'parked', 'inventoried'],
    discussed: [],
    parked: ['inventoried'],
  };

/**
 * Moves a dilemma to another status, or refuses with `DILEMMA.INVALID_TRANSITION`. Leaving
 * the chosen set (back to the inventory or parked) clears its position in the order.
 *
 * @example transitionDilemma(d, 'chosen') // { ok: true, value: { ...d, status: 'chosen' } }
 * @example transitionDilemma(discussed, 'chosen') // { ok: false, error: { code: 'DILEMMA.INVALID_TRANSITION', … } }
 */
export function transitionDilemma(
  dilemma: Dilemma,
  to: DilemmaStatus,
): Result<Dilemma, 'DILEMMA.INVALID_TRANSITION'> {
  if (!allowedDilemmaTransitions[dilemma.status].includes(to)) {
    return err(
      'DILEMMA.INVALID_TRANSITION',
      `Een ${dilemmaStatusLabels[dilemma.status]} dilemma kan niet naar ‘${dilemmaStatusLabels[to]}’.`,
      { dilemmaId: dilemma.id, from: dilemma.status, to },
    );
  }
  const position = to === 'inventoried' || to === 'parked' ? null : dilemma.position;
  return ok({ ...dilemma, status: to, position });
}

/**
 * Turns the public form into a stored dilemma: inventoried, without a position, version 1.
 * The e-mail address in the form is not part of the dilemma: the API uses it to find or
 * create the person whose id is passed as `ownerId`.
 *
 * @example newDilemma(input, { id, now: '2025-03-03T12:05:00.000Z', ownerId: null })
 */
export function newDilemma(
  input: DilemmaInput,
  ctx: { id: Id; now: Instant; ownerId?: Id | null },
): Dilemma {
  return {
    id: ctx.id,
    sessionId: input.sessionId,
    ownerId: ctx.ownerId ?? null,
    ownerName: input.ownerName,
    text: input.text,
    followUpQuestions: input.followUpQuestions,
    kop: null,
    status: 'inventoried',
    consent: input.consent,
    position: null,
    submittedAt: ctx.now,
    version: 1,
  };
}

const TITLE_MAX = 80;

/**
 * The first sentence of a text, whole (whitespace folded): up to the first . ? or ! that ends
 * a word, or all of it.
 *
 * @example firstSentence('Hoe ga je om met weerstand? Een paar weken terug …') // 'Hoe ga je om met weerstand?'
 */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return /^.*?[.?!](?=\s|$)/.exec(clean)?.[0] ?? clean;
}

/**
 * A short title for a dilemma: its first sentence (or line), cut on a word boundary at 80
 * characters with an ellipsis. Used on the facilitator's screen and as a report heading.
 *
 * @example dilemmaTitle('Hoe ga je om met weerstand? Een paar weken terug …') // 'Hoe ga je om met weerstand?'
 */
export function dilemmaTitle(text: string): string {
  const sentence = firstSentence(text);
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
