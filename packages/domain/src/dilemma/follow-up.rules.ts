import { z } from 'zod';
import { requiredText, type Instant } from '../shared/index.js';

/** Weeks after the session in which a dilemma was discussed that its owner hears "Nadien". */
export const FOLLOW_UP_WEEKS = 5;

/**
 * The latest end of a session whose discussed dilemmas are due for the follow-up at `now`:
 * {@link FOLLOW_UP_WEEKS} weeks before it.
 *
 * @example followUpSessionsEndedBy('2025-05-12T12:00:00.000Z') // '2025-04-07T12:00:00.000Z'
 */
export function followUpSessionsEndedBy(now: Instant): Instant {
  return new Date(Date.parse(now) - FOLLOW_UP_WEEKS * 7 * 86_400_000).toISOString();
}

/**
 * The owner's answer to "Wat heb je met de tips gedaan?", and whether it may be added to the
 * report as the section *Nadien*.
 *
 * @example FollowUpAnswer.parse({ dilemmaId, answer: 'Ik heb de tip over …', inReport: true })
 */
export const FollowUpAnswer = z.object({
  answer: requiredText(4000),
  inReport: z.boolean({ error: 'Kies of je antwoord in het verslag mag.' }),
});
/** The owner's follow-up answer. */
export type FollowUpAnswer = z.infer<typeof FollowUpAnswer>;
