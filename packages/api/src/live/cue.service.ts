import { findProtocolCueByTokenHash, type Executor } from '@jamsessie/db';
import { ownerCueStatus, ownerCueTexts, type OwnerCueStatus } from '@jamsessie/domain';
import { toTRPCError } from '../errors.js';
import { withoutViewToken } from './protocol-sync.service.js';
import { clockOf, type ProtocolClock } from './protocol-view.model.js';
import { hashCueToken } from './cue-token.js';

const INVALID = 'Deze link is niet (meer) geldig.';

/** What person A's phone shows: their own status and clock, nothing of other dilemmas. */
export type OwnerCueView = {
  status: OwnerCueStatus;
  /** The one sentence for this status ('Jij bent aan de beurt', …). */
  message: string;
  /** The clock of the current box while it is A's turn, else null. */
  clock: ProtocolClock | null;
  /** What A jotted down so far, and A's consent for the report. */
  notes: string;
  consent: 'private' | 'quotable';
  /** Whether A tapped "Ik ben terug". */
  back: boolean;
  serverTime: string;
};

/**
 * The cue and run behind a token, while the link is valid: the run exists and is not
 * finished (the link expires with the run) and its dilemma is one of the run's turns.
 * Anything else is NOT_FOUND with the same message, so a guess learns nothing.
 *
 * @example const { cue, run } = await validCue(ctx.db, input.token);
 */
export async function validCue(db: Executor, token: string) {
  const found = await findProtocolCueByTokenHash(db, hashCueToken(token));
  const state = found ? withoutViewToken(found.run.state) : null;
  const known = state?.slots.some((s) => s.dilemmaId === found?.cue.dilemmaId);
  if (!found || !state || state.phase === 'finished' || !known) {
    throw toTRPCError({ code: 'PROTOCOL_CUE.NOT_FOUND', message: INVALID });
  }
  return { ...found, state };
}

/**
 * Person A's view of the run at `now`.
 *
 * @example ownerCueView(await validCue(db, token), now).message // 'Camera uit — je luistert mee'
 */
export function ownerCueView(
  found: Awaited<ReturnType<typeof validCue>>,
  now: string,
): OwnerCueView {
  const status = ownerCueStatus(found.state, found.cue.dilemmaId);
  const ownTurn = status === 'your_turn' || status === 'away' || status === 'back';
  return {
    status,
    message: ownerCueTexts[status],
    clock: ownTurn ? clockOf(found.state, now) : null,
    notes: found.cue.notes,
    consent: found.cue.notesConsent,
    back: found.cue.backAt !== null,
    serverTime: now,
  };
}
