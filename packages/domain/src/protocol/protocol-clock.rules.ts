import type { Instant } from '../shared/index.js';
import type { ProtocolTimer } from './protocol-state.schema.js';

/**
 * The later of an event's time and the last applied event's time. Server processes' clocks
 * may differ by a few milliseconds; reading an earlier time as "the same moment" keeps the
 * clock monotonic instead of losing the facilitator's click.
 *
 * @example notBefore('2025-03-03T12:00:00.000Z', '2025-03-03T12:00:01.000Z') // '2025-03-03T12:00:01.000Z'
 */
export function notBefore(at: Instant, last: Instant | null): Instant {
  return last !== null && Date.parse(last) > Date.parse(at) ? last : at;
}

/**
 * A fresh, running clock for a box of whole minutes.
 *
 * @example startTimer('2025-03-03T12:05:00.000Z', 5).plannedSeconds // 300
 */
export function startTimer(at: Instant, minutes: number): ProtocolTimer {
  return {
    startedAt: at,
    plannedSeconds: minutes * 60,
    extendedSeconds: 0,
    pausedAt: null,
    pausedMs: 0,
  };
}

/**
 * How long the box lasts, extensions included, in milliseconds.
 *
 * @example timerDurationMs(startTimer(at, 5)) // 300000
 */
export function timerDurationMs(timer: ProtocolTimer): number {
  return (timer.plannedSeconds + timer.extendedSeconds) * 1000;
}

/**
 * Milliseconds the box has run at `now`: paused time does not count, and a `now` before the
 * start counts as zero.
 *
 * @example timerElapsedMs(startTimer('2025-03-03T12:00:00.000Z', 5), '2025-03-03T12:01:00.000Z') // 60000
 */
export function timerElapsedMs(timer: ProtocolTimer, now: Instant): number {
  const nowMs = Date.parse(now);
  const until = timer.pausedAt === null ? nowMs : Math.min(nowMs, Date.parse(timer.pausedAt));
  return Math.max(0, until - Date.parse(timer.startedAt) - timer.pausedMs);
}

/**
 * Stops the clock at `at` (the caller checks that it runs).
 *
 * @example pauseTimer(timer, at).pausedAt // at
 */
export function pauseTimer(timer: ProtocolTimer, at: Instant): ProtocolTimer {
  return { ...timer, pausedAt: at };
}

/**
 * Restarts a paused clock: the paused stretch is added to `pausedMs`.
 *
 * @example resumeTimer(paused, at).pausedAt // null
 */
export function resumeTimer(timer: ProtocolTimer, at: Instant): ProtocolTimer {
  if (timer.pausedAt === null) return timer;
  const pausedFor = Math.max(0, Date.parse(at) - Date.parse(timer.pausedAt));
  return { ...timer, pausedAt: null, pausedMs: timer.pausedMs + pausedFor };
}

/**
 * Gives the current box more minutes; the plan itself does not change.
 *
 * @example extendTimer(timer, 2).extendedSeconds // 120
 */
export function extendTimer(timer: ProtocolTimer, minutes: number): ProtocolTimer {
  return { ...timer, extendedSeconds: timer.extendedSeconds + minutes * 60 };
}
