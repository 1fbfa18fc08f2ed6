import { texts } from '../texts';
import type { CountdownView } from './countdown';

/**
 * The big countdown of the current box with a bar of the time used. It is a `timer` (not a
 * live region): screen readers read it on request instead of every second.
 */
export function Countdown({
  view,
  plannedMinutes,
  extendedMinutes,
}: {
  view: CountdownView;
  plannedMinutes: number;
  extendedMinutes: number;
}) {
  const label = view.tone === 'over' ? texts.live.overrun : texts.live.timeLeft;
  return (
    <section className={`countdown countdown--${view.tone}`} aria-labelledby="countdown-label">
      <p className="countdown__label" id="countdown-label">
        {label}
        {view.paused ? <span className="countdown__paused"> · {texts.live.paused}</span> : null}
      </p>
      <p className="countdown__clock" role="timer" aria-label={view.spoken} data-testid="countdown">
        {view.display}
      </p>
      <div className="countdown__bar" aria-hidden="true">
        <span style={{ width: `${Math.round(view.fraction * 1000) / 10}%` }} />
      </div>
      <p className="countdown__box">
        {texts.live.box(plannedMinutes, extendedMinutes)}
        {view.tone === 'over' ? (
          <strong className="countdown__overrun"> · {view.spoken}</strong>
        ) : null}
      </p>
    </section>
  );
}
