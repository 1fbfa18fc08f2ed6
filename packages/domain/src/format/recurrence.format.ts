import { addMinutes, toInstant } from '../shared/amsterdam.time.js';
import { nthOfMonthLabels, weekdayLabels } from '../series/series.labels.js';
import type { Recurrence } from '../series/series.schema.js';
import { formatTime } from './dutch.format.js';

/**
 * Describes a recurrence in a Dutch sentence for the series page. The end time is computed
 * on a winter date; the wall-clock length is the same all year.
 *
 * @example describeRecurrence({ kind: 'monthly_nth_weekday', weekday: 1, nth: 1, startTime: '13:00', durationMinutes: 60 })
 * // 'elke eerste maandag van de maand, 13.00–14.00 uur'
 */
export function describeRecurrence(recurrence: Recurrence): string {
  const start = toInstant('2025-01-06', recurrence.startTime);
  const end = addMinutes(start, recurrence.durationMinutes);
  const weekday = weekdayLabels[recurrence.weekday] ?? '';
  return `elke ${nthOfMonthLabels[recurrence.nth]} ${weekday} van de maand, ${formatTime(start)}–${formatTime(end)} uur`;
}
