import { z } from 'zod';
import { optionalText } from '../shared/index.js';
import type { ProtocolState } from './protocol-state.schema.js';

/**
 * Where person A (the owner of a chosen dilemma) is in the run, as their private phone
 * screen shows it: waiting for their turn, formulating (step 1), away with the camera off
 * (step 2), back with the camera on (step 3), or done.
 *
 * @example OwnerCueStatus.parse('away')
 */
export const OwnerCueStatus = z.enum(['waiting', 'your_turn', 'away', 'back', 'done']);
/** Where person A is in the run. */
export type OwnerCueStatus = z.infer<typeof OwnerCueStatus>;

/**
 * What A's screen says in each status (Dutch; the only words it shows of the run).
 *
 * @example ownerCueTexts.away // 'Camera uit — je luistert mee'
 */
export const ownerCueTexts: Readonly<Record<OwnerCueStatus, string>> = {
  waiting: 'Jouw vraag komt straks aan de beurt',
  your_turn: 'Jij bent aan de beurt',
  away: 'Camera uit — je luistert mee',
  back: 'Camera aan — vertel wat je meeneemt',
  done: 'Dank je wel: jouw vraag is besproken',
};

/**
 * The status of the owner of `dilemmaId` in a run. A dilemma that is not (or no longer)
 * among the run's turns, or whose turn is over, is 'done'.
 *
 * @example ownerCueStatus(stateInStep2, ownerDilemmaId) // 'away'
 */
export function ownerCueStatus(state: ProtocolState, dilemmaId: string): OwnerCueStatus {
  if (state.phase === 'inventory') return 'waiting';
  if (state.phase !== 'running' || !state.cursor) return 'done';
  const index = state.slots.findIndex((s) => s.dilemmaId === dilemmaId);
  const slot = state.slots[index];
  if (!slot) return 'done';
  if (index === state.cursor.slotIndex) {
    return state.cursor.step === 1 ? 'your_turn' : state.cursor.step === 2 ? 'away' : 'back';
  }
  return slot.outcome === 'pending' ? 'waiting' : 'done';
}

/**
 * A private cue link's token as handed out (base64url of 32 random bytes).
 *
 * @example CueToken.parse(token)
 */
export const CueToken = z
  .string({ error: 'Deze link is niet (meer) geldig.' })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Deze link is niet (meer) geldig.' });

/**
 * What A jots down while away, and whether it may go into the report.
 *
 * @example OwnerNotesInput.parse({ token, notes: 'Vooraf met familie afspreken.', consent: 'private' })
 */
export const OwnerNotesInput = z.object({
  token: CueToken,
  notes: optionalText(2000),
  consent: z.enum(['private', 'quotable']),
});
/** What A jots down. */
export type OwnerNotesInput = z.infer<typeof OwnerNotesInput>;
