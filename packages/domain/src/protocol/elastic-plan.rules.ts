import type { Instant } from '../shared/index.js';
import { startTimer, timerDurationMs, timerElapsedMs } from './protocol-clock.rules.js';
import type { ProtocolSlot, ProtocolState, ProtocolStep } from './protocol-state.schema.js';
import type { StepBoxes } from './time-plan.schema.js';

/**
 * The shortest a step may be squeezed to when the hour is re-planned: formulating and
 * reflecting need 2 minutes, the discussion without the owner 5. A box that was planned
 * shorter than this keeps its planned length (re-planning never lengthens a box).
 *
 * @example ELASTIC_MIN_MINUTES.discuss // 5
 */
export const ELASTIC_MIN_MINUTES: Readonly<StepBoxes> = { formulate: 2, discuss: 5, reflect: 2 };

const STEP_KEYS = ['formulate', 'discuss', 'reflect'] as const;
const keyOf = (step: ProtocolStep) => STEP_KEYS[step - 1]!;

/** One box still to come in a re-planned hour. */
export type ElasticBox = {
  /** The dilemma whose step this is. */
  dilemmaId: string;
  /** The step of that dilemma. */
  step: ProtocolStep;
  /** The minutes the re-planned hour gives it. */
  minutes: number;
  /** The minutes the original plan gave it. */
  plannedMinutes: number;
  /** The least it may get: the elastic minimum, or the planned minutes when those are less. */
  minimumMinutes: number;
};

/** Whether the run is behind or ahead of the original plan, in whole minutes. */
export type ScheduleDeviation = {
  /** 'behind' when the run needs more time than the plan has left, 'ahead' when less. */
  kind: 'behind' | 'ahead' | 'on_time';
  /** Whole minutes (0 exactly when on time). */
  minutes: number;
};

/** What the facilitator may choose when even the minimums no longer fit. */
export type ElasticProposal = {
  /** Run over the hour by this many minutes (the `acceptOverrun` event). */
  overrunMinutes: number;
  /** Drop the last dilemma not yet begun (the `dropLastDilemma` event), or null if none. */
  skipLast: {
    /** The dilemma that would not be discussed. */
    dilemmaId: string;
    /** Whether everything else fits the hour then (else it still runs over). */
    fitsThen: boolean;
  } | null;
};

/** The rest of the hour, re-planned at one moment. */
export type ElasticPlan = {
  /** Behind or ahead of the original plan. */
  deviation: ScheduleDeviation;
  /** The boxes still to come (not the current one), in order. */
  boxes: ElasticBox[];
  /** Minutes left for those boxes before the closing round and the end of the session. */
  availableMinutes: number;
  /** False when even the minimums do not fit: `proposal` says what can be done. */
  fits: boolean;
  /** The choice offered when the minimums do not fit, else null. */
  proposal: ElasticProposal | null;
};

/** One box to fit: its planned minutes and the least it may get. */
export type BoxWant = {
  /** The minutes the original plan gave it. */
  planned: number;
  /** The least it may get. */
  minimum: number;
};

/**
 * Shrinks boxes in proportion to fit `available` minutes, never below a box's minimum and
 * never above its planned length. When the planned lengths fit they are returned unchanged;
 * when even the minimums do not fit, the minimums are returned with `fits: false`.
 *
 * @example fitBoxes([{ planned: 5, minimum: 2 }, { planned: 15, minimum: 5 }], 10) // { minutes: [2, 8], fits: true }
 */
export function fitBoxes(wants: readonly BoxWant[], available: number) {
  const planned = wants.reduce((sum, w) => sum + w.planned, 0);
  if (planned <= available) return { minutes: wants.map((w) => w.planned), fits: true };
  const minimum = wants.reduce((sum, w) => sum + w.minimum, 0);
  if (minimum > available) return { minutes: wants.map((w) => w.minimum), fits: false };
  const scale = available / planned;
  const minutes = wants.map((w) => Math.max(w.minimum, Math.floor(w.planned * scale)));
  let total = minutes.reduce((a, b) => a + b, 0);
  // Rounding up to a minimum may overshoot: take minutes from the box with the most to give.
  while (total > available) {
    let widest = -1;
    minutes.forEach((m, i) => {
      const room = m - wants[i]!.minimum;
      if (room > 0 && (widest < 0 || room > minutes[widest]! - wants[widest]!.minimum)) widest = i;
    });
    minutes[widest] = minutes[widest]! - 1;
    total -= 1;
  }
  return { minutes, fits: true };
}

/** When the run's hour ends: its start plus the session after the opening, plus accepted overrun. */
function runEndMs(state: ProtocolState): number {
  const { sessionMinutes, openingMinutes } = state.settings;
  const minutes = sessionMinutes - openingMinutes + state.acceptedOverrunMinutes;
  return Date.parse(state.startedAt ?? '') + minutes * 60_000;
}

// The boxes not begun yet: the current dilemma's steps from `fromStep`, then every pending one.
function boxesAhead(state: ProtocolState, fromStep: number): Omit<ElasticBox, 'minutes'>[] {
  const plan = state.plan?.perDilemma;
  const cursor = state.cursor;
  if (!plan || !cursor) return [];
  const steps = (slot: ProtocolSlot, from: number) =>
    ([1, 2, 3] as const)
      .filter((step) => step >= from)
      .map((step) => ({
        dilemmaId: slot.dilemmaId,
        step,
        plannedMinutes: plan[keyOf(step)],
        minimumMinutes: Math.min(plan[keyOf(step)], ELASTIC_MIN_MINUTES[keyOf(step)]),
      }));
  return state.slots.flatMap((slot, index) => {
    if (index === cursor.slotIndex) return steps(slot, fromStep);
    return index > cursor.slotIndex && slot.outcome === 'pending' ? steps(slot, 1) : [];
  });
}

function fitted(ahead: Omit<ElasticBox, 'minutes'>[], available: number) {
  const wants = ahead.map((b) => ({ planned: b.plannedMinutes, minimum: b.minimumMinutes }));
  const fit = fitBoxes(wants, available);
  const boxes = ahead.map((b, i) => ({ ...b, minutes: fit.minutes[i]! }));
  return { boxes, fits: fit.fits, needed: boxes.reduce((sum, b) => sum + b.minutes, 0) };
}

/**
 * The rest of the hour re-planned at `now`, from the run's own events (its start, the
 * current box and its clock, what was skipped or dropped). The current box keeps what is left
 * of it (extensions included); the boxes after it shrink in proportion to what remains before
 * the closing round, keeping {@link ELASTIC_MIN_MINUTES}. When nothing ran over, the boxes are
 * the original plan's. Null outside the running and closing phases.
 *
 * @example elasticPlan(state, now)?.deviation // { kind: 'behind', minutes: 4 }
 */
export function elasticPlan(state: ProtocolState, now: Instant): ElasticPlan | null {
  if ((state.phase !== 'running' && state.phase !== 'closing') || !state.timer || !state.plan) {
    return null;
  }
  const nowMs = Date.parse(now);
  const left = Math.max(0, timerDurationMs(state.timer) - timerElapsedMs(state.timer, now));
  const closingMs = state.phase === 'running' ? state.settings.closingMinutes * 60_000 : 0;
  const spareMs = runEndMs(state) - nowMs - left - closingMs;
  const ahead = state.phase === 'running' ? boxesAhead(state, (state.cursor?.step ?? 3) + 1) : [];
  const available = Math.max(0, Math.floor(spareMs / 60_000));
  const plan = fitted(ahead, available);
  const plannedAhead = ahead.reduce((sum, b) => sum + b.plannedMinutes, 0);
  // Against the original hour: accepted overrun and the plan's buffer are not "ahead".
  const slackMs =
    spareMs - (plannedAhead + state.plan.bufferMinutes + state.acceptedOverrunMinutes) * 60_000;
  const minutes = Math.round(Math.abs(slackMs) / 60_000);
  const deviation: ScheduleDeviation =
    minutes === 0
      ? { kind: 'on_time', minutes: 0 }
      : { kind: slackMs < 0 ? 'behind' : 'ahead', minutes };
  return {
    deviation,
    boxes: plan.boxes,
    availableMinutes: available,
    fits: plan.fits,
    proposal: plan.fits ? null : proposalFor(ahead, available, plan.needed),
  };
}

function proposalFor(
  ahead: Omit<ElasticBox, 'minutes'>[],
  available: number,
  needed: number,
): ElasticProposal {
  const last = ahead.length > 0 ? ahead[ahead.length - 1] : undefined;
  const lastIsWhole = last && ahead.filter((b) => b.dilemmaId === last.dilemmaId).length === 3;
  const skipLast = lastIsWhole
    ? {
        dilemmaId: last.dilemmaId,
        fitsThen: fitted(
          ahead.filter((b) => b.dilemmaId !== last.dilemmaId),
          available,
        ).fits,
      }
    : null;
  return { overrunMinutes: needed - available, skipLast };
}

/**
 * Starts the box the cursor points at (a fresh step) with the re-planned hour: the new box
 * and every box after it get their elastic minutes (kept in the slots' boxes), and the clock
 * runs for the new box's minutes. The original plan stays in `state.plan`.
 *
 * @example startElasticBox({ ...state, cursor: { slotIndex: 1, step: 1 } }, at).timer?.plannedSeconds // 180
 */
export function startElasticBox(state: ProtocolState, at: Instant): ProtocolState {
  const cursor = state.cursor;
  if (state.phase !== 'running' || !cursor || !state.startedAt) return state;
  const spareMs = runEndMs(state) - Date.parse(at) - state.settings.closingMinutes * 60_000;
  const plan = fitted(boxesAhead(state, cursor.step), Math.max(0, Math.floor(spareMs / 60_000)));
  const slots = state.slots.map((slot) => {
    const mine = plan.boxes.filter((b) => b.dilemmaId === slot.dilemmaId);
    if (mine.length === 0) return slot;
    const boxes = { ...slot.boxes };
    for (const b of mine) boxes[keyOf(b.step)] = b.minutes;
    return { ...slot, boxes };
  });
  const first = plan.boxes[0]?.minutes ?? 0;
  return { ...state, slots, timer: startTimer(at, first) };
}
