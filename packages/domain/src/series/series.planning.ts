import { DateTime } from 'luxon';
import { addDays, addMinutes, toInstant, type LocalDate } from '../shared/index.js';
import type { Theme } from '../taxonomy/index.js';
import { dateFlags } from './date-flags.rules.js';
import type { Recurrence, Series, SeriesException } from './series.schema.js';
import type { PlannedDate } from './planned-date.schema.js';

/** A closed range of dates, both ends inclusive. */
export type DateRange = { from: LocalDate; to: LocalDate };

/**
 * The regular dates of a recurrence within a range (both ends inclusive), ascending.
 * Computed on calendar dates only, so the process's time zone cannot shift them.
 *
 * @example occurrencesOf({ kind: 'monthly_nth_weekday', weekday: 1, nth: 1, startTime: '13:00', durationMinutes: 60 }, '2025-03-01', '2025-04-30')
 * // ['2025-03-03', '2025-04-07']
 */
export function occurrencesOf(
  recurrence: Pick<Recurrence, 'weekday' | 'nth'>,
  from: LocalDate,
  to: LocalDate,
): LocalDate[] {
  const dates: LocalDate[] = [];
  const last = DateTime.fromISO(to, { zone: 'utc' });
  for (
    let month = DateTime.fromISO(from, { zone: 'utc' }).startOf('month');
    month <= last;
    month = month.plus({ months: 1 })
  ) {
    const anchor = recurrence.nth === -1 ? month.endOf('month').startOf('day') : month;
    const day =
      recurrence.nth === -1
        ? anchor.minus({ days: (anchor.weekday - recurrence.weekday + 7) % 7 })
        : anchor.plus({
            days: ((recurrence.weekday - anchor.weekday + 7) % 7) + (recurrence.nth - 1) * 7,
          });
    const date = day.toFormat('yyyy-MM-dd');
    if (day.month === month.month && date >= from && date <= to) dates.push(date);
  }
  return dates;
}

/** Moves reach at most this far from their regular date when we look for them around a range. */
const MOVE_MARGIN_DAYS = 92;

/**
 * Plans a series over a range: regular dates from the recurrence, exceptions applied (a
 * skipped date disappears, a moved one appears at its new date and time with the exception
 * attached), themes cycled session by session (a skipped date does not use up a theme, so
 * the alternation continues with the theme that was due), instants computed in Amsterdam
 * time, and flags for Dutch public holidays and carnival. A flagged date is still planned:
 * the coordinator decides. Only dates between the series' first and last date count; the
 * rotation is counted from `firstDate`, so any range gives the same theme for a date.
 *
 * @example planSeries(series2025, { from: '2025-03-01', to: '2025-04-30' })
 * // [{ date: '2025-03-03', startsAt: '2025-03-03T12:00:00.000Z', themeId: openDeuren, flags: [carnival] }, { date: '2025-04-07', … }]
 */
export function planSeries(
  series: Pick<Series, 'recurrence' | 'themeRotation' | 'exceptions' | 'firstDate' | 'lastDate'>,
  range: DateRange | number,
  themes?: readonly Theme[],
): PlannedDate[] {
  const { from, to } = typeof range === 'number' ? yearRange(range) : range;
  if (to < series.firstDate || (series.lastDate !== null && from > series.lastDate)) return [];
  const horizon = addDays(to, MOVE_MARGIN_DAYS);
  const end = series.lastDate !== null && series.lastDate < horizon ? series.lastDate : horizon;
  const exceptions = new Map<LocalDate, SeriesException>(series.exceptions.map((e) => [e.date, e]));
  const labels = new Map((themes ?? []).map((t) => [t.id, t.label]));
  const { recurrence, themeRotation } = series;

  const planned: PlannedDate[] = [];
  let sessionIndex = 0;
  for (const regular of occurrencesOf(recurrence, series.firstDate, end)) {
    const exception = exceptions.get(regular);
    if (exception?.kind === 'skip') continue;
    const themeId =
      themeRotation.length > 0
        ? (themeRotation[sessionIndex % themeRotation.length] ?? null)
        : null;
    sessionIndex += 1;
    const date = exception?.kind === 'move' ? exception.to : regular;
    if (date < from || date > to) continue;
    const startsAt = toInstant(
      date,
      exception?.kind === 'move'
        ? (exception.startTime ?? recurrence.startTime)
        : recurrence.startTime,
    );
    const label = themeId === null ? undefined : labels.get(themeId);
    planned.push({
      date,
      startsAt,
      endsAt: addMinutes(startsAt, recurrence.durationMinutes),
      themeId,
      ...(label === undefined ? {} : { themeLabel: label }),
      flags: dateFlags(date),
      ...(exception ? { exception } : {}),
    });
  }
  return planned.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
}

function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Plans a whole calendar year of a series (the downloadable "Jamsessies 2025" schedule).
 *
 * @example planYear(series, 2026).map((d) => d.date) // ['2026-01-05', '2026-02-02', …]
 */
export function planYear(
  series: Pick<Series, 'recurrence' | 'themeRotation' | 'exceptions' | 'firstDate' | 'lastDate'>,
  year: number,
  themes?: readonly Theme[],
): PlannedDate[] {
  return planSeries(series, yearRange(year), themes);
}
