import { z } from 'zod';
import { Id, Instant } from '../shared/index.js';

/**
 * A participant's "herkenbaar" for one question: set (`true`) or taken back (`false`). An
 * explicit value rather than a toggle, so a repeated request (a double click, a retry) lands
 * in the same state and never counts twice.
 *
 * @example HerkenbaarMarkInput.parse({ dilemmaId, herkenbaar: true })
 */
export const HerkenbaarMarkInput = z.object({
  dilemmaId: Id,
  herkenbaar: z.boolean({ error: 'Kies of je deze vraag herkenbaar vindt.' }),
});
/** A participant's mark for one question. */
export type HerkenbaarMarkInput = z.infer<typeof HerkenbaarMarkInput>;

/**
 * The session whose counts a coordinator asks for.
 *
 * @example HerkenbaarCountsInput.parse({ sessionId })
 */
export const HerkenbaarCountsInput = z.object({ sessionId: Id });
/** A session whose "herkenbaar" counts are asked for. */
export type HerkenbaarCountsInput = z.infer<typeof HerkenbaarCountsInput>;

/**
 * One question as a participant sees it before the session: only its neutral short title
 * (the coordinator's kop) and whether this participant marked it. Never the owner, never
 * the question's own text, never how many others marked it.
 *
 * @example HerkenbaarItem.parse({ dilemmaId, title: 'Weerstand van mantelzorgers', marked: false })
 */
export const HerkenbaarItem = z.object({
  dilemmaId: Id,
  title: z.string(),
  marked: z.boolean(),
});
/** One question on the participant's "herkenbaar" list. */
export type HerkenbaarItem = z.infer<typeof HerkenbaarItem>;

/**
 * A session open for "herkenbaar", with its questions.
 *
 * @example HerkenbaarSession.parse({ sessionId, title: 'Jamsessie Open deuren', startsAt, items: [] })
 */
export const HerkenbaarSession = z.object({
  sessionId: Id,
  title: z.string(),
  startsAt: Instant,
  items: z.array(HerkenbaarItem),
});
/** A session open for "herkenbaar". */
export type HerkenbaarSession = z.infer<typeof HerkenbaarSession>;

/**
 * How many participants marked a question "herkenbaar": the only thing coordinators see of
 * the marks (never who).
 *
 * @example HerkenbaarCount.parse({ dilemmaId, count: 3 })
 */
export const HerkenbaarCount = z.object({ dilemmaId: Id, count: z.number().int().min(0) });
/** The number of marks of one question. */
export type HerkenbaarCount = z.infer<typeof HerkenbaarCount>;
