import { DateTime, IANAZone } from 'luxon';
import { TIME_ZONE } from './constants.js';
import type { Instant, LocalDate, LocalTime } from './primitives.schema.js';

const zone = IANAZone.create(TIME_ZONE);
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Converts an Amsterdam wall-clock date and time to a UTC instant, correct across summer time.
 *
 * The two edge cases follow RFC 5545 (§3.3.5), so our ICS files and our database agree:
 * - a time that does not exist (spring forward, 2025-03-30 02:30) is read with the offset
 *   before the gap (+01:00): 2025-03-30T01:30:00.000Z, i.e. 03:30 summer time;
 * - a time that occurs twice (fall back, 2025-10-26 02:30) means its first occurrence
 *   (still summer time, +02:00): 2025-10-26T00:30:00.000Z.
 *
 * @example toInstant('2025-03-03', '13:00') // '2025-03-03T12:00:00.000Z'
 * @example toInstant('2025-04-07', '13:00') // '2025-04-07T11:00:00.000Z'
 */
export function toInstant(date: LocalDate, time: LocalTime): Instant {
  const wall = DateTime.fromISO(`${date}T${time}`, { zone: 'utc' });
  if (!wall.isValid) throw new Error(`Invalid local date/time: ${date} ${time}`);
  const wallMs = wall.toMillis();
  // Zone offsets never change twice within a day, so the offsets a day before and after are
  // the only candidates. A candidate is right when the zone really has that offset then.
  const before = zone.offset(wallMs - DAY);
  const after = zone.offset(wallMs + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallMs - offset * MINUTE)
    .filter(
      (ms) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm') === `${date} ${time}`,
    )
    .sort((a, b) => a - b);
  const ms = candidates[0] ?? wallMs - before * MINUTE;
  return new Date(ms).toISOString();
}

/** An instant seen on an Amsterdam wall clock. `weekday` is ISO (1 = Monday … 7 = Sunday). */
export type LocalParts = {
  date: LocalDate;
  time: LocalTime;
  weekday: number;
  /** Minutes ahead of UTC at that moment: 60 in winter, 120 in summer. */
  offsetMinutes: number;
};

/**
 * Reads a UTC instant as Amsterdam date, time and weekday (the inverse of {@link toInstant}).
 *
 * @example toLocalParts('2025-04-07T11:00:00.000Z')
 * // { date: '2025-04-07', time: '13:00', weekday: 1, offsetMinutes: 120 }
 */
export function toLocalParts(instant: Instant): LocalParts {
  const dt = DateTime.fromISO(instant, { zone });
  if (!dt.isValid) throw new Error(`Invalid instant: ${instant}`);
  return {
    date: dt.toFormat('yyyy-MM-dd'),
    time: dt.toFormat('HH:mm'),
    weekday: dt.weekday,
    offsetMinutes: dt.offset,
  };
}

/**
 * Adds minutes to an instant (durations are real elapsed time, so UTC arithmetic is right).
 *
 * @example addMinutes('2025-03-03T12:00:00.000Z', 60) // '2025-03-03T13:00:00.000Z'
 */
export function addMinutes(instant: Instant, minutes: number): Instant {
  return new Date(Date.parse(instant) + minutes * MINUTE).toISOString();
}

/**
 * Adds calendar days to a date (negative to go back).
 *
 * @example addDays('2025-02-28', 1) // '2025-03-01'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toFormat('yyyy-MM-dd');
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @example isoWeekday('2025-03-03') // 1
 */
export function isoWeekday(date: LocalDate): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday;
}
