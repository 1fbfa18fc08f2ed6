import {
  cameraLabels,
  cueFor,
  currentStep,
  isPaused,
  noteDraftFor,
  noteKindLabels,
  notesFor,
  ownerCallName,
  progress,
  protocolPhaseLabels,
  protocolStepLabels,
  whatComesNext,
  whoIsOnCamera,
  type DilemmaRef,
  type NoteDraft,
  type NoteKind,
  type ProtocolNote,
  type ProtocolPhase,
  type ProtocolProgress,
  type ProtocolState,
  type ProtocolStep,
} from '@jamsessie/domain';
import { texts } from '../texts';

/** One step in the stepper at the top of the live view. */
export type StepMarker = {
  step: ProtocolStep;
  label: string;
  status: 'done' | 'current' | 'upcoming';
};

/** Everything the facilitator view shows, derived from the server's state alone. */
export type LiveView = {
  phase: ProtocolPhase;
  phaseLabel: string;
  dilemma: DilemmaRef | null;
  /** 'Vraag 1 van 2' while running, else null. */
  position: string | null;
  step: ProtocolStep | null;
  stepLabel: string | null;
  steps: StepMarker[];
  /** The sentence to read aloud now. */
  cue: string;
  camera: {
    who: 'everyone' | 'everyone_but_owner';
    label: string;
    /** True in step 2: the owner has the camera off and only listens. */
    ownerAway: boolean;
    ownerName: string;
  };
  next: string;
  /** The note kinds the current step collects; empty when nothing is noted now. */
  noteKinds: NoteKind[];
  notePrompt: string | null;
  /** The notes already taken for the current dilemma and step. */
  notes: ProtocolNote[];
  /** Text typed for the current step but not added yet (kept by the server), or null. */
  draft: NoteDraft | null;
  paused: boolean;
  can: { next: boolean; extend: boolean; pause: boolean; skip: boolean };
  progress: ProtocolProgress;
};

/** The note kinds per step: tips and ideas in step 2, take-aways in step 3. */
export const noteKindsPerStep: Readonly<Record<ProtocolStep, readonly NoteKind[]>> = {
  1: ['question'],
  2: ['tip', 'idea', 'association', 'question'],
  3: ['takeaway'],
};

function markers(step: ProtocolStep | null, phase: ProtocolPhase): StepMarker[] {
  return ([1, 2, 3] as const).map((s) => ({
    step: s,
    label: protocolStepLabels[s],
    status:
      phase === 'closing' || phase === 'finished'
        ? 'done'
        : step === null
          ? 'upcoming'
          : s < step
            ? 'done'
            : s === step
              ? 'current'
              : 'upcoming',
  }));
}

/**
 * Builds the facilitator view of a run: dilemma and step, the cue, who is on camera, what
 * comes next, which notes to take and which keys work now.
 *
 * @example liveView(state).camera.ownerAway // true in step 2
 */
export function liveView(state: ProtocolState): LiveView {
  const current = currentStep(state);
  const running = state.phase === 'running';
  const timed = running || state.phase === 'closing';
  const who = whoIsOnCamera(state);
  const step = current?.step ?? null;
  const noteKinds = step ? [...noteKindsPerStep[step]] : [];
  return {
    phase: state.phase,
    phaseLabel: protocolPhaseLabels[state.phase],
    dilemma: current?.dilemma ?? null,
    position: current ? texts.live.position(current.dilemmaIndex + 1, current.dilemmaCount) : null,
    step,
    stepLabel: current?.label ?? null,
    steps: markers(step, state.phase),
    cue: cueFor(state),
    camera: {
      who,
      label: cameraLabels[who],
      ownerAway: who === 'everyone_but_owner',
      ownerName: ownerCallName(current?.dilemma),
    },
    next: whatComesNext(state).label,
    noteKinds,
    notePrompt: step ? texts.live.notePrompt[step] : null,
    notes: current && step ? notesFor(state, current.dilemma.dilemmaId, step) : [],
    draft: current && step ? noteDraftFor(state, current.dilemma.dilemmaId, step) : null,
    paused: isPaused(state),
    // Before the start, "next" starts the session once dilemmas are chosen.
    can: {
      next:
        timed || (state.phase === 'inventory' && state.chosen.length > 0 && state.plan !== null),
      extend: timed,
      pause: timed,
      skip: running,
    },
    progress: progress(state),
  };
}

/**
 * The Dutch label of a note kind, capitalised for a select option.
 *
 * @example noteKindOption('takeaway') // 'Wat de inbrenger meeneemt'
 */
export function noteKindOption(kind: NoteKind): string {
  const label = noteKindLabels[kind];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
