import { texts } from '../texts';
import type { StepMarker } from './live-view';

/** The three steps of the current dilemma, with the current one marked for everyone. */
export function StepStepper({ steps }: { steps: StepMarker[] }) {
  return (
    <ol className="stepper" aria-label={texts.live.stepsLabel}>
      {steps.map((s) => (
        <li
          key={s.step}
          className={`stepper__step stepper__step--${s.status}`}
          aria-current={s.status === 'current' ? 'step' : undefined}
        >
          <span className="stepper__number" aria-hidden="true">
            {s.status === 'done' ? '✓' : s.step}
          </span>
          <span className="stepper__label">{s.label}</span>
          {s.status === 'done' ? (
            <span className="visually-hidden"> ({texts.live.stepDone})</span>
          ) : s.status === 'current' ? (
            <span className="visually-hidden"> ({texts.live.stepCurrent})</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
