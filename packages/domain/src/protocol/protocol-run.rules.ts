import { err, ok, type Instant, type Result } from '../shared/index.js';
import { extendTimer, pauseTimer, resumeTimer, startTimer } from './protocol-clock.rules.js';
import { startElasticBox } from './elastic-plan.rules.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolSlot, ProtocolState, ProtocolStep } from './protocol-state.schema.js';
import type { StepBoxes } from './time-plan.schema.js';

type Ev<T extends ProtocolEvent['type']> = Extract<ProtocolEvent, { type: T }>;

/**
 * The minutes of one step in a set of boxes.
 *
 * @example boxMinutes({ formulate: 5, discuss: 15, reflect: 5 }, 2) // 15
 */
export function boxMinutes(boxes: StepBoxes, step: ProtocolStep): number {
  return step === 1 ? boxes.formulate : step === 2 ? boxes.discuss : boxes.reflect;
}

const corrupt = () =>
  err('PROTOCOL.CORRUPT_STATE', 'De toestand van de sessie klopt niet; laad de sessie opnieuw.');

// Ends the current dilemma's turn with `outcome` and opens the next one, or the closing round.
function moveOn(
  state: ProtocolState,
  at: Instant,
  outcome: 'done' | 'skipped',
): Result<ProtocolState> {
  const index = state.cursor?.slotIndex;
  if (index === undefined || state.slots[index] === undefined) return corrupt();
  const slots: ProtocolSlot[] = state.slots.map((s, j) => (j === index ? { ...s, outcome } : s));
  // A dilemma dropped to save time (`dropLastDilemma`) is not pending any more: pass it by.
  const nextIndex = slots.findIndex((s, j) => j > index && s.outcome === 'pending');
  const following = slots[nextIndex];
  if (following) {
    slots[nextIndex] = { ...following, outcome: 'active', reachedStep: 1 };
    return ok(startElasticBox({ ...state, slots, cursor: { slotIndex: nextIndex, step: 1 } }, at));
  }
  return ok({
    ...state,
    phase: 'closing',
    slots,
    cursor: null,
    timer: startTimer(at, state.settings.closingMinutes),
    closingStartedAt: at,
  });
}

/**
 * Advances one step: 1 → 2 → 3 → the next dilemma's step 1 → … → the closing round. A new
 * box starts with a fresh, running clock (a pause ends with the box it paused), for the
 * minutes the re-planned hour gives it (the elastic hour: see `elasticPlan`).
 *
 * @example advanceRun(state, at) // step 1 → step 2: the owner turns the camera off
 */
export function advanceRun(state: ProtocolState, at: Instant): Result<ProtocolState> {
  if (state.phase === 'closing') return finishRun(state, at);
  const cursor = state.cursor;
  const slot = cursor ? state.slots[cursor.slotIndex] : undefined;
  if (!cursor || !slot) return corrupt();
  if (cursor.step === 3) return moveOn(state, at, 'done');
  const step: ProtocolStep = cursor.step === 1 ? 2 : 3;
  const moved: ProtocolState = {
    ...state,
    slots: state.slots.map((s, j) =>
      j === cursor.slotIndex ? { ...s, reachedStep: Math.max(s.reachedStep, step) } : s,
    ),
    cursor: { slotIndex: cursor.slotIndex, step },
  };
  return ok(startElasticBox(moved, at));
}

/**
 * Drops the last dilemma not begun yet, to give its time to the others (the elastic hour's
 * first proposal when even the minimum boxes no longer fit). It counts as not reached.
 *
 * @example dropLastDilemma(state) // the last pending slot becomes 'not_reached'
 */
export function dropLastDilemma(state: ProtocolState): Result<ProtocolState> {
  const last = state.slots.map((s) => s.outcome).lastIndexOf('pending');
  if (state.phase !== 'running' || last < 0) {
    return err('PROTOCOL.NOTHING_TO_DROP', 'Er is geen vraag meer die nog moet beginnen.');
  }
  const slots: ProtocolSlot[] = state.slots.map((s, j) =>
    j === last ? { ...s, outcome: 'not_reached' } : s,
  );
  return ok({ ...state, slots });
}

/**
 * Lets the session run over the hour by whole minutes (the elastic hour's second proposal):
 * the re-planned hour ends that much later. Overruns add up.
 *
 * @example acceptOverrun(state, 4).value.acceptedOverrunMinutes // 4
 */
export function acceptOverrun(state: ProtocolState, minutes: number): Result<ProtocolState> {
  return ok({ ...state, acceptedOverrunMinutes: state.acceptedOverrunMinutes + minutes });
}

/**
 * Skips the rest of the current dilemma (running phase only).
 *
 * @example skipDilemma(state, at) // the next dilemma's step 1, or the closing round
 */
export function skipDilemma(state: ProtocolState, at: Instant): Result<ProtocolState> {
  if (state.phase !== 'running') {
    return err('PROTOCOL.NOTHING_TO_SKIP', 'Er is geen vraag om over te slaan.');
  }
  return moveOn(state, at, 'skipped');
}

/**
 * Gives the current box (a step or the closing round) extra minutes.
 *
 * @example extendBox(state, { type: 'extend', minutes: 2, at })
 */
export function extendBox(state: ProtocolState, e: Ev<'extend'>): Result<ProtocolState> {
  if (!state.timer) return corrupt();
  return ok({ ...state, timer: extendTimer(state.timer, e.minutes) });
}

/**
 * Stops the clock; remaining time stays what it was until `resumeClock`.
 *
 * @example pauseClock(state, at)
 */
export function pauseClock(state: ProtocolState, at: Instant): Result<ProtocolState> {
  if (!state.timer) return corrupt();
  if (state.timer.pausedAt !== null) {
    return err('PROTOCOL.ALREADY_PAUSED', 'De klok staat al stil.');
  }
  return ok({ ...state, timer: pauseTimer(state.timer, at) });
}

/**
 * Restarts a paused clock.
 *
 * @example resumeClock(state, at)
 */
export function resumeClock(state: ProtocolState, at: Instant): Result<ProtocolState> {
  if (!state.timer) return corrupt();
  if (state.timer.pausedAt === null) return err('PROTOCOL.NOT_PAUSED', 'De klok loopt al.');
  return ok({ ...state, timer: resumeTimer(state.timer, at) });
}

/**
 * Ends the run, also early: the dilemma in progress counts as done if it reached step 3
 * (else skipped), the ones not reached are marked so. The clock stops for good.
 *
 * @example finishRun(state, at).value.phase // 'finished'
 */
export function finishRun(state: ProtocolState, at: Instant): Result<ProtocolState> {
  const slots: ProtocolSlot[] = state.slots.map((s) => {
    if (s.outcome === 'active') return { ...s, outcome: s.reachedStep >= 3 ? 'done' : 'skipped' };
    if (s.outcome === 'pending') return { ...s, outcome: 'not_reached' };
    return s;
  });
  return ok({ ...state, phase: 'finished', slots, cursor: null, timer: null, finishedAt: at });
}

/**
 * Captures a note for a chosen dilemma and step (also after the run, to catch up); the
 * step's unsent draft is cleared, since the note is that text.
 *
 * @example addNoteToRun(state, { type: 'addNote', id, dilemmaId, step: 2, kind: 'tip', text: 'Open, tenzij.' })
 */
export function addNoteToRun(state: ProtocolState, e: Ev<'addNote'>): Result<ProtocolState> {
  if (!state.slots.some((s) => s.dilemmaId === e.dilemmaId)) {
    return err('PROTOCOL.UNKNOWN_DILEMMA', 'Deze vraag wordt in deze sessie niet besproken.', {
      dilemmaId: e.dilemmaId,
    });
  }
  if (state.notes.some((n) => n.id === e.id)) {
    return err('PROTOCOL.DUPLICATE_NOTE', 'Deze notitie is al opgeslagen.', { noteId: e.id });
  }
  const { id, dilemmaId, step, kind, text } = e;
  // The added note is what was being typed for this step: its draft is done.
  const drafts = state.drafts.filter((d) => d.dilemmaId !== dilemmaId || d.step !== step);
  return ok({ ...state, notes: [...state.notes, { id, dilemmaId, step, kind, text }], drafts });
}
