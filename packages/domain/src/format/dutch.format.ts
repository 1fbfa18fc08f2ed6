import { dutchCount } from './dutch-plural.js';
import { DateTime } from 'luxon';
// Direct imports (not the shared barrel): this module is in the agenda's first view, which
// must stay free of the schema library.
import { TIME_ZONE } from '../shared/constants.js';
import type { Instant, LocalDate } from '../shared/primitives.schema.js';

const LOCALE = 'nl-NL';

/**
 * An `Instant` ('2025-03-03T12:00:00.000Z') or a `LocalDate` ('2025-03-03'); both are
 * strings, told apart by their shape.
 *
 * @example const when: InstantOrDate = '2025-03-03';
 */
export type InstantOrDate = string;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an instant or a calendar date as an Amsterdam DateTime with the Dutch locale. */
function zoned(value: InstantOrDate): DateTime {
  const dt = DATE_ONLY.test(value)
    ? DateTime.fromISO(value, { zone: TIME_ZONE })
    : DateTime.fromISO(value, { zone: 'utc' }).setZone(TIME_ZONE);
  if (!dt.isValid) throw new Error(`Invalid date or instant: ${value}`);
  return dt.setLocale(LOCALE);
}

/**
 * A full Dutch date in Amsterdam: weekday, day, month, year. Accepts an instant or a date.
 *
 * @example formatDate('2025-03-03T12:00:00.000Z') // 'maandag 3 maart 2025'
 */
export function formatDate(value: InstantOrDate): string {
  return zoned(value).toFormat('cccc d LLLL yyyy');
}

/**
 * A short Dutch date for lists and cards.
 *
 * @example formatDateShort('2025-03-03') // 'ma 3 mrt'
 */
export function formatDateShort(value: InstantOrDate): string {
  return zoned(value).toFormat('ccc d LLL');
}

/**
 * The Amsterdam clock time the Dutch way, with a dot.
 *
 * @example formatTime('2025-03-03T12:00:00.000Z') // '13.00'
 */
export function formatTime(instant: Instant): string {
  return zoned(instant).toFormat('HH.mm');
}

/**
 * Date and time of one moment.
 *
 * @example formatDateTime('2025-03-03T12:00:00.000Z') // 'maandag 3 maart 2025, 13.00 uur'
 */
export function formatDateTime(instant: Instant): string {
  return `${formatDate(instant)}, ${formatTime(instant)} uur`;
}

/**
 * When a session takes place, in Amsterdam time, with an en dash between the times. A
 * session spanning days names both days in full.
 *
 * @example formatSessionTime('2025-03-03T12:00:00.000Z', '2025-03-03T13:00:00.000Z')
 * // 'maandag 3 maart 2025, 13.00–14.00 uur'
 * @example formatSessionTime('2022-11-07T08:00:00.000Z', '2022-11-11T16:00:00.000Z')
 * // 'maandag 7 november 2022 09.00 uur – vrijdag 11 november 2022 17.00 uur'
 */
export function formatSessionTime(startsAt: Instant, endsAt: Instant): string {
  const start = zoned(startsAt);
  const end = zoned(endsAt);
  if (start.hasSame(end, 'day')) {
    return `${formatDate(startsAt)}, ${formatTime(startsAt)}–${formatTime(endsAt)} uur`;
  }
  return `${formatDate(startsAt)} ${formatTime(startsAt)} uur – ${formatDate(endsAt)} ${formatTime(endsAt)} uur`;
}

/**
 * A span of calendar dates (an inspiration week), naming month and year once where shared.
 *
 * @example formatDateRange('2022-11-07', '2022-11-11') // '7–11 november 2022'
 * @example formatDateRange('2022-10-31', '2022-11-04') // '31 oktober – 4 november 2022'
 * @example formatDateRange('2022-12-29', '2023-01-02') // '29 december 2022 – 2 januari 2023'
 */
export function formatDateRange(startsOn: LocalDate, endsOn: LocalDate): string {
  const start = zoned(startsOn);
  const end = zoned(endsOn);
  if (start.hasSame(end, 'day')) return start.toFormat('d LLLL yyyy');
  if (start.hasSame(end, 'month')) return `${start.toFormat('d')}–${end.toFormat('d LLLL yyyy')}`;
  if (start.hasSame(end, 'year'))
    return `${start.toFormat('d LLLL')} – ${end.toFormat('d LLLL yyyy')}`;
  return `${start.toFormat('d LLLL yyyy')} – ${end.toFormat('d LLLL yyyy')}`;
}

/**
 * A day and month without weekday or year, for slugs and compact headings.
 *
 * @example formatDayMonthYear('2025-03-03') // '3 maart 2025'
 */
export function formatDayMonthYear(value: InstantOrDate): string {
  return zoned(value).toFormat('d LLLL yyyy');
}

/**
 * A month with its year, lowercase as in running Dutch text, for month headings of a list.
 * Accepts an instant (read in Amsterdam: 31 March 23:30 there is still March) or a date.
 *
 * @example formatMonthYear('2025-04-07T11:00:00.000Z') // 'april 2025'
 * @example formatMonthYear('2025-03-31T21:30:00.000Z') // 'maart 2025'
 */
export function formatMonthYear(value: InstantOrDate): string {
  return zoned(value).toFormat('LLLL yyyy');
}

/**
 * A duration in minutes the Dutch way.
 *
 * @example formatDuration(60) // '1 uur'
 * @example formatDuration(90) // '1 uur en 30 minuten'
 */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} uur`);
  if (rest > 0 || hours === 0) parts.push(dutchCount(rest, { one: 'minuut', other: 'minuten' }));
  return parts.join(' en ');
}

/**
 * A wait in words, for "probeer het over … opnieuw": whole seconds below a minute, otherwise
 * minutes rounded up (at least 1 second).
 *
 * @example formatWait(4) // '4 seconden'
 * @example formatWait(61) // '2 minuten'
 */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60
    ? dutchCount(whole, { one: 'seconde', other: 'seconden' })
    : dutchCount(Math.ceil(whole / 60), { one: 'minuut', other: 'minuten' });
}
