import type { StoredProtocolRun } from '@jamsessie/db';
import {
  cameraLabels,
  consentAllows,
  cueFor,
  currentStep,
  isPaused,
  overrunSeconds,
  progress,
  protocolPhaseLabels,
  remainingSeconds,
  whatComesNext,
  whoIsOnCamera,
  type ConsentLevel,
  type ProtocolPhase,
  type ProtocolState,
  type ProtocolStep,
} from '@jamsessie/domain';
import { viewTokenOf, withoutViewToken } from './protocol-sync.service.js';

/** The clock of the current box as a screen shows it, computed at `now`. */
export type ProtocolClock = {
  plannedSeconds: number;
  extendedSeconds: number;
  remainingSeconds: number;
  overrunSeconds: number;
  paused: boolean;
};

/**
 * The clock of the current box at `now`, or null when no clock runs.
 *
 * @example clockOf(state, now)?.remainingSeconds // 180
 */
export function clockOf(state: ProtocolState, now: string): ProtocolClock | null {
  if (!state.timer) return null;
  return {
    plannedSeconds: state.timer.plannedSeconds,
    extendedSeconds: state.timer.extendedSeconds,
    remainingSeconds: remainingSeconds(state, now) ?? 0,
    overrunSeconds: overrunSeconds(state, now) ?? 0,
    paused: isPaused(state),
  };
}

/**
 * The facilitator's view of a run at `now`: the stored state (without the view token) and
 * everything derived from it, so a reloaded page shows the same step and remaining time.
 *
 * @example facilitatorView(run, ctx.now().toISOString()).derived.remainingSeconds // 180
 */
export function facilitatorView(run: StoredProtocolRun, now: string) {
  const state = withoutViewToken(run.state);
  return {
    run: { id: run.id, sessionId: run.sessionId, version: run.version },
    /** The token of the participants' read-only screen (`live.view`). */
    viewToken: viewTokenOf(run.state),
    state,
    derived: {
      phase: state.phase,
      phaseLabel: protocolPhaseLabels[state.phase],
      current: currentStep(state),
      clock: clockOf(state, now),
      cue: cueFor(state),
      camera: whoIsOnCamera(state),
      cameraLabel: cameraLabels[whoIsOnCamera(state)],
      next: whatComesNext(state),
      progress: progress(state),
    },
    serverTime: now,
  };
}

/** The facilitator's view of a run. */
export type FacilitatorView = ReturnType<typeof facilitatorView>;

/** What the participants' shared screen shows: no names, no private text, no notes. */
export type ParticipantView = {
  phase: ProtocolPhase;
  phaseLabel: string;
  step: { number: ProtocolStep; label: string; dilemmaNumber: number; dilemmaCount: number } | null;
  /** 'Vraag 2', or the coordinator's kop when its owner consented to sharing the dilemma. */
  heading: string | null;
  clock: ProtocolClock | null;
  cue: string;
  cameraLabel: string;
  nextLabel: string;
  serverTime: string;
};

/**
 * The participants' view of a run at `now` (public by its link). Owners are called "Persoon A",
 * and a dilemma is shown by its coordinator-written kop only when it has one and `consentOf`
 * says its owner allows at least anonymised sharing; otherwise it is "Vraag n". Never words
 * taken from the dilemma's text, which no one has reviewed for clients' names. Everything else
 * the facilitator sees (notes, names, the inventory) stays out.
 *
 * @example participantView(run, now, (id) => 'private', () => 'Alleen naar de markt').heading // 'Vraag 1'
 */
export function participantView(
  run: StoredProtocolRun,
  now: string,
  consentOf: (dilemmaId: string) => ConsentLevel,
  kopOf: (dilemmaId: string) => string | null,
): ParticipantView {
  const full = withoutViewToken(run.state);
  const order = full.phase === 'inventory' ? full.chosen : full.slots.map((s) => s.dilemmaId);
  const state: ProtocolState = {
    ...full,
    notes: [],
    dilemmas: full.dilemmas.map((d) => {
      const index = order.indexOf(d.dilemmaId);
      const shareable = consentAllows(consentOf(d.dilemmaId), 'shareable_anonymised');
      const kop = shareable ? kopOf(d.dilemmaId) : null;
      return {
        dilemmaId: d.dilemmaId,
        ownerName: null,
        title: kop ?? `Vraag ${index >= 0 ? index + 1 : ''}`.trim(),
      };
    }),
  };
  const current = currentStep(state);
  return {
    phase: state.phase,
    phaseLabel: protocolPhaseLabels[state.phase],
    step: current
      ? {
          number: current.step,
          label: current.label,
          dilemmaNumber: current.dilemmaIndex + 1,
          dilemmaCount: current.dilemmaCount,
        }
      : null,
    heading: current ? current.dilemma.title : null,
    clock: clockOf(state, now),
    cue: cueFor(state),
    cameraLabel: cameraLabels[whoIsOnCamera(state)],
    nextLabel: whatComesNext(state).label,
    serverTime: now,
  };
}
