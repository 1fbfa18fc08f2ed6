import { formatClock } from '../live/countdown';
import { texts } from '../texts';

/** The clock of the participants' view as the API sends it, computed at its `serverTime`. */
export type SharedClock = {
  plannedSeconds: number;
  extendedSeconds: number;
  remainingSeconds: number;
  overrunSeconds: number;
  paused: boolean;
};

/**
 * The clock a moment later: the time since the answer arrived is taken off the remaining time
 * (or added to the overrun), unless the clock is paused. Polling corrects it every few seconds.
 *
 * @example shareClockAt({ remainingSeconds: 60, overrunSeconds: 0, paused: false, … }, 10_000).display // '0:50'
 */
export function shareClockAt(
  clock: SharedClock,
  elapsedMs: number,
): { display: string; tone: 'normal' | 'warning' | 'over' } {
  const elapsed = clock.paused ? 0 : Math.max(0, Math.floor(elapsedMs / 1000));
  const signed = clock.remainingSeconds - clock.overrunSeconds - elapsed;
  if (signed < 0 || (signed === 0 && clock.overrunSeconds > 0)) {
    return { display: `+${formatClock(-signed)}`, tone: 'over' };
  }
  return { display: formatClock(signed), tone: signed <= 60 ? 'warning' : 'normal' };
}

/**
 * What the label above the shared clock says: "Gepauzeerd" while the clock stands still,
 * "Over de tijd" once the box is past its time, otherwise the time left in the step.
 *
 * @example shareClockLabel('over', false) // 'Over de tijd'
 */
export function shareClockLabel(tone: 'normal' | 'warning' | 'over', paused: boolean): string {
  if (paused) return texts.share.paused;
  return tone === 'over' ? texts.share.overrun : texts.share.timeLeft;
}
