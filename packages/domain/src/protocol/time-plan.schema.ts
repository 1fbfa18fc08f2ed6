import { z } from 'zod';

/**
 * The minutes of the three steps for one dilemma: formulate (owner present), discuss (owner
 * away, camera off, listening) and reflect (owner back).
 *
 * @example StepBoxes.parse({ formulate: 5, discuss: 15, reflect: 5 })
 */
export const StepBoxes = z.object({
  formulate: z.number().int().min(1),
  discuss: z.number().int().min(1),
  reflect: z.number().int().min(1),
});
/** Minutes per step of one dilemma. */
export type StepBoxes = z.infer<typeof StepBoxes>;

/**
 * How long a session is and how much of it goes to the opening (inventory) and to the closing
 * round of reactions. The rest is shared by the chosen dilemmas.
 *
 * @example ProtocolSettings.parse({ sessionMinutes: 60, openingMinutes: 5, closingMinutes: 5 })
 */
export const ProtocolSettings = z.object({
  sessionMinutes: z.number().int().min(15).max(480),
  openingMinutes: z.number().int().min(0).max(120),
  closingMinutes: z.number().int().min(0).max(120),
});
/** Session length and the opening/closing minutes. */
export type ProtocolSettings = z.infer<typeof ProtocolSettings>;

/**
 * The time plan of a session: every chosen dilemma gets the same step boxes in whole minutes;
 * `bufferMinutes` is what is left of the session (always >= 0, so everything fits the hour).
 *
 * @example
 * // 60 minutes, 5 opening, 5 closing, 2 dilemmas:
 * { sessionMinutes: 60, openingMinutes: 5, closingMinutes: 5, dilemmaCount: 2,
 *   perDilemma: { formulate: 5, discuss: 15, reflect: 5 }, bufferMinutes: 0 }
 */
export const TimePlan = ProtocolSettings.extend({
  dilemmaCount: z.number().int().min(1),
  perDilemma: StepBoxes,
  bufferMinutes: z.number().int().min(0),
});
/** The time plan of a session. */
export type TimePlan = z.infer<typeof TimePlan>;
