import type { Instant } from '../shared/index.js';
import { timerDurationMs, timerElapsedMs } from './protocol-clock.rules.js';
import { boxMinutes } from './protocol-run.rules.js';
import { protocolStepLabels } from './protocol.labels.js';
import type {
  DilemmaRef,
  ProtocolNote,
  ProtocolPhase,
  ProtocolState,
  ProtocolStep,
} from './protocol-state.schema.js';

/** The step being run, with what a facilitator screen shows about it. */
export type CurrentStep = {
  dilemma: DilemmaRef;
  /** 0-based position among the chosen dilemmas. */
  dilemmaIndex: number;
  dilemmaCount: number;
  step: ProtocolStep;
  label: string;
  plannedMinutes: number;
  extendedMinutes: number;
};

/**
 * The dilemma and step being run, or null outside the running phase.
 *
 * @example currentStep(state) // { dilemma: { title: 'Bewoners buiten het hek', … }, step: 2, label: 'Stap 2 — …', … }
 */
export function currentStep(state: ProtocolState): CurrentStep | null {
  const cursor = state.cursor;
  const slot = cursor ? state.slots[cursor.slotIndex] : undefined;
  if (state.phase !== 'running' || !cursor || !slot) return null;
  const dilemma = state.dilemmas.find((d) => d.dilemmaId === slot.dilemmaId) ?? {
    dilemmaId: slot.dilemmaId,
    ownerName: null,
    title: 'Vraag',
  };
  return {
    dilemma,
    dilemmaIndex: cursor.slotIndex,
    dilemmaCount: state.slots.length,
    step: cursor.step,
    label: protocolStepLabels[cursor.step],
    plannedMinutes: boxMinutes(slot.boxes, cursor.step),
    extendedMinutes: Math.floor((state.timer?.extendedSeconds ?? 0) / 60),
  };
}

/**
 * Who has the camera on: everyone, except in step 2 where the owner listens with the camera
 * off (and is "away").
 *
 * @example whoIsOnCamera(state) // 'everyone_but_owner' during step 2
 */
export function whoIsOnCamera(state: ProtocolState): 'everyone' | 'everyone_but_owner' {
  return state.phase === 'running' && state.cursor?.step === 2 ? 'everyone_but_owner' : 'everyone';
}

/**
 * Dutch labels for {@link whoIsOnCamera}.
 *
 * @example cameraLabels.everyone_but_owner // 'iedereen in beeld behalve de inbrenger'
 */
export const cameraLabels: Readonly<Record<ReturnType<typeof whoIsOnCamera>, string>> = {
  everyone: 'iedereen in beeld',
  everyone_but_owner: 'iedereen in beeld behalve de inbrenger',
};

/**
 * Whether the clock is paused.
 *
 * @example isPaused(state) // true after { type: 'pause' }
 */
export function isPaused(state: ProtocolState): boolean {
  return state.timer?.pausedAt != null;
}

/**
 * Whole seconds left in the current box at `now` (rounded up, so 0 means "time is up"),
 * or null when no clock runs (inventory, finished). Paused time does not count.
 *
 * @example remainingSeconds(state, '2025-03-03T12:07:00.000Z') // 180
 */
export function remainingSeconds(state: ProtocolState, now: Instant): number | null {
  if (!state.timer) return null;
  const left = timerDurationMs(state.timer) - timerElapsedMs(state.timer, now);
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/**
 * Whole seconds the current box has run over its time at `now` (0 while time is left),
 * or null when no clock runs. Never > 0 together with {@link remainingSeconds}.
 *
 * @example overrunSeconds(state, '2025-03-03T12:11:30.000Z') // 90
 */
export function overrunSeconds(state: ProtocolState, now: Instant): number | null {
  if (!state.timer) return null;
  const over = timerElapsedMs(state.timer, now) - timerDurationMs(state.timer);
  return over > 0 ? Math.floor(over / 1000) : 0;
}

/**
 * The ids of the dilemmas that were actually discussed: they reached step 2 (also when the
 * rest was skipped). The report gets a section for each.
 *
 * @example discussedDilemmaIds(finished) // [a, b]
 */
export function discussedDilemmaIds(state: ProtocolState): string[] {
  return state.slots.filter((s) => s.reachedStep >= 2).map((s) => s.dilemmaId);
}

/**
 * The notes of one dilemma, optionally of one step, in the order they were taken.
 *
 * @example notesFor(state, dilemmaId, 2).map((n) => n.text)
 */
export function notesFor(
  state: ProtocolState,
  dilemmaId: string,
  step?: ProtocolStep,
): ProtocolNote[] {
  return state.notes.filter(
    (n) => n.dilemmaId === dilemmaId && (step === undefined || n.step === step),
  );
}

/** How far the run is, for a progress bar. */
export type ProtocolProgress = {
  phase: ProtocolPhase;
  dilemmasDone: number;
  dilemmaCount: number;
  stepsDone: number;
  stepsTotal: number;
  /** 0 before the start, 1 when finished. */
  fraction: number;
};

/**
 * How far the run is: steps done out of all steps (a skipped dilemma counts as fully done).
 *
 * @example progress(state) // { phase: 'running', dilemmasDone: 1, dilemmaCount: 2, stepsDone: 4, stepsTotal: 6, fraction: 0.57… }
 */
export function progress(state: ProtocolState): ProtocolProgress {
  const dilemmaCount = state.phase === 'inventory' ? state.chosen.length : state.slots.length;
  const stepsTotal = dilemmaCount * 3;
  const ended = state.slots.filter((s) => s.outcome !== 'pending' && s.outcome !== 'active');
  const stepsDone =
    ended.length * 3 + (state.cursor && state.phase === 'running' ? state.cursor.step - 1 : 0);
  // The closing round is the last unit of work; finishing completes the bar.
  const units = stepsTotal + 1;
  const doneUnits = state.phase === 'finished' ? units : stepsDone;
  return {
    phase: state.phase,
    dilemmasDone: ended.length,
    dilemmaCount,
    stepsDone: state.phase === 'inventory' ? 0 : Math.min(stepsDone, stepsTotal),
    stepsTotal,
    fraction: state.phase === 'inventory' ? 0 : Math.min(1, doneUnits / units),
  };
}
