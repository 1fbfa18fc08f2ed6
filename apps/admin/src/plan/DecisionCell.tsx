import type { Decision } from './plan-decisions';
import { texts } from '../texts';

/**
 * The decision for one open date: accept, skip, move (with a new date and optional time) or
 * still to choose. Each control is labelled with the date it belongs to.
 */
export function DecisionCell({
  date,
  dateLabel,
  decision,
  error,
  onChange,
}: {
  date: string;
  dateLabel: string;
  decision: Decision;
  error?: string | undefined;
  onChange: (decision: Decision) => void;
}) {
  const id = `decision-${date}`;
  const errorId = `${id}-error`;
  return (
    <div className="decision">
      <select
        id={id}
        aria-label={texts.plan.decisionFor(dateLabel)}
        value={decision.kind}
        onChange={(e) => {
          const kind = e.target.value as Decision['kind'];
          onChange(kind === 'move' ? { kind, to: '', startTime: '' } : { kind });
        }}
      >
        {(['accept', 'skip', 'move', 'undecided'] as const).map((kind) => (
          <option key={kind} value={kind}>
            {texts.plan.decisions[kind]}
          </option>
        ))}
      </select>
      {decision.kind === 'move' ? (
        <div className="decision__move">
          <input
            type="date"
            aria-label={texts.plan.moveTo(dateLabel)}
            value={decision.to}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => onChange({ ...decision, to: e.target.value })}
          />
          <input
            type="time"
            aria-label={texts.plan.moveTime(dateLabel)}
            value={decision.startTime}
            onChange={(e) => onChange({ ...decision, startTime: e.target.value })}
          />
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
