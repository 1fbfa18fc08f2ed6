import type { ClosingReaction, NoteDraft, ProtocolState } from '@jamsessie/domain';
import { currentStep, elasticPlan } from '@jamsessie/domain';
import { texts } from '../texts';
import { Countdown } from './Countdown';
import { countdownView } from './countdown';
import { CueCard } from './CueCard';
import { ElasticPanel, type ElasticChoice } from './ElasticPanel';
import { LiveControls } from './LiveControls';
import { liveView } from './live-view';
import { NotesPanel } from './NotesPanel';
import { PhasePanel } from './PhasePanel';
import { QuestionText, type QuestionView } from './QuestionText';
import { ReactionsPanel } from './ReactionsPanel';
import { ShortcutLegend } from './ShortcutLegend';
import { StepStepper } from './StepStepper';
import type { ShortcutAction } from './shortcuts';
import { useShortcuts } from './use-shortcuts';

/** Props of {@link LiveBoard}: the server's state, the clock and what the buttons do. */
export type LiveBoardProps = {
  state: ProtocolState;
  /** Now, as an ISO instant (ticking every second). */
  now: string;
  busy: boolean;
  /** A refusal or failure of the last action, in Dutch. */
  error: string | null;
  noteError: string | null;
  onAction: (action: ShortcutAction) => void;
  onFinish: () => void;
  /** Adds a note (the id is the draft's, so a draft already kept is not added twice). */
  onAddNote: (note: NoteDraft) => Promise<boolean>;
  /** The text typed so far for the current step, to keep in the run. */
  onDraft: (draft: NoteDraft) => void;
  /** The whole question of each dilemma by id (coordinators only), when loaded. */
  questions?: ReadonlyMap<string, QuestionView>;
  /** Adds a reaction of the closing round (with its speaker's consent). */
  onAddReaction: (reaction: ClosingReaction) => Promise<boolean>;
  /** The facilitator's answer to the elastic hour's proposal. */
  onElastic: (choice: ElasticChoice) => void;
};

/**
 * The facilitator's screen during a session: the dilemma and step, the big countdown, the
 * cue to read aloud, who is on camera, what comes next, the notes, and the keys. Everything
 * is derived from the state the server holds; only `now` ticks here.
 */
export function LiveBoard(props: LiveBoardProps) {
  const { state, now, busy } = props;
  const view = liveView(state);
  const clock = countdownView(state, now);
  const step = currentStep(state);
  const elastic = elasticPlan(state, now);
  const question = view.dilemma ? props.questions?.get(view.dilemma.dilemmaId) : undefined;
  useShortcuts(view.can.next || view.can.extend, props.onAction);
  const announcement =
    view.phase === 'running' && view.stepLabel && view.position
      ? texts.live.announced(`${view.position}, ${view.stepLabel}`)
      : view.phaseLabel;

  return (
    <div className={`board board--${view.phase}${view.camera.ownerAway ? ' board--away' : ''}`}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="board__main">
        {view.phase === 'running' || view.phase === 'closing' ? (
          <div className="board__head">
            <p className="board__eyebrow">
              {view.position ?? view.phaseLabel}
              <span className="board__progress">
                {' · '}
                {texts.live.progress(view.progress.stepsDone, view.progress.stepsTotal)}
              </span>
            </p>
            <h2 className="board__dilemma" data-testid="dilemma">
              {view.dilemma?.title ??
                (view.phase === 'closing' ? texts.live.closingTitle : view.phaseLabel)}
            </h2>
            {question ? <QuestionText key={view.dilemma?.dilemmaId} question={question} /> : null}
            {view.step !== null ? <StepStepper steps={view.steps} /> : null}
            {view.stepLabel ? (
              <p className="board__step" data-testid="step">
                {view.stepLabel}
              </p>
            ) : null}
          </div>
        ) : null}
        <PhasePanel state={state} />
        <CueCard view={view} />
        {props.error ? (
          <p className="notice notice--error" role="alert">
            {props.error}
          </p>
        ) : null}
        <LiveControls view={view} busy={busy} onAction={props.onAction} onFinish={props.onFinish} />
        {view.phase !== 'finished' ? (
          <p className="board__next">
            <span className="board__next-label">{texts.live.nextLabel}:</span>{' '}
            <span data-testid="next">{view.next}</span>
          </p>
        ) : null}
      </div>
      {clock ? (
        <div className="board__clock">
          <Countdown
            view={clock}
            plannedMinutes={step?.plannedMinutes ?? state.settings.closingMinutes}
            extendedMinutes={Math.floor((state.timer?.extendedSeconds ?? 0) / 60)}
          />
          {elastic ? <ElasticPanel plan={elastic} busy={busy} onChoose={props.onElastic} /> : null}
        </div>
      ) : null}
      <aside className="board__side" aria-label={texts.live.sideLabel}>
        {step ? (
          <NotesPanel
            key={`${step.dilemma.dilemmaId}-${step.step}`}
            view={view}
            busy={busy}
            error={props.noteError}
            onDraft={(draft) =>
              props.onDraft({ ...draft, dilemmaId: step.dilemma.dilemmaId, step: step.step })
            }
            onAdd={(note) =>
              props.onAddNote({ ...note, dilemmaId: step.dilemma.dilemmaId, step: step.step })
            }
          />
        ) : null}
        {view.phase === 'closing' || view.phase === 'finished' ? (
          <ReactionsPanel
            key="reactions"
            reactions={state.reactions}
            error={props.noteError}
            onAdd={props.onAddReaction}
          />
        ) : null}
        <ShortcutLegend />
      </aside>
    </div>
  );
}
