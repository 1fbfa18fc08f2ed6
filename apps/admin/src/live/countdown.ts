import { overrunSeconds, remainingSeconds, type ProtocolState } from '@jamsessie/domain';

/** From this many seconds left the countdown turns amber: time to round off. */
export const WARNING_SECONDS = 60;

/**
 * A number of seconds as a clock face: minutes and seconds, hours only when needed.
 *
 * @example formatClock(299) // '4:59'
 * @example formatClock(3725) // '1:02:05'
 */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A duration in words, for screen readers and the overrun line.
 *
 * @example spokenDuration(61) // '1 minuut en 1 seconde'
 * @example spokenDuration(120) // '2 minuten'
 */
export function spokenDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const minutes = `${m} ${m === 1 ? 'minuut' : 'minuten'}`;
  const secs = `${s} ${s === 1 ? 'seconde' : 'seconden'}`;
  if (m === 0) return secs;
  return s === 0 ? minutes : `${minutes} en ${secs}`;
}

/** What the big countdown shows at one moment. */
export type CountdownView = {
  /** 'normal' while time is left, 'warning' in the last minute, 'over' past the box. */
  tone: 'normal' | 'warning' | 'over';
  /** The clock face: time left, or the overrun with a plus sign ('+1:30'). */
  display: string;
  remainingSeconds: number;
  overrunSeconds: number;
  /** The length of the box, extensions included, in seconds. */
  boxSeconds: number;
  /** 0..1: how much of the box is used (1 when over). */
  fraction: number;
  paused: boolean;
  /** The box in words for screen readers ('nog 4 minuten en 59 seconden'). */
  spoken: string;
};

/**
 * Derives the countdown from the server's state and the clock: nothing is counted locally
 * except `now`, so a reload, a second tab or another device shows the same time.
 *
 * @example countdownView(state, new Date().toISOString())?.display // '14:59'
 */
export function countdownView(state: ProtocolState, now: string): CountdownView | null {
  const remaining = remainingSeconds(state, now);
  const over = overrunSeconds(state, now);
  const timer = state.timer;
  if (remaining === null || over === null || timer === null) return null;
  const boxSeconds = timer.plannedSeconds + timer.extendedSeconds;
  const tone = over > 0 ? 'over' : remaining <= WARNING_SECONDS ? 'warning' : 'normal';
  const used = boxSeconds === 0 ? 1 : (boxSeconds - remaining) / boxSeconds;
  return {
    tone,
    display: over > 0 ? `+${formatClock(over)}` : formatClock(remaining),
    remainingSeconds: remaining,
    overrunSeconds: over,
    boxSeconds,
    fraction: Math.min(1, Math.max(0, used)),
    paused: timer.pausedAt !== null,
    spoken: over > 0 ? `${spokenDuration(over)} over de tijd` : `nog ${spokenDuration(remaining)}`,
  };
}
