import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateShort,
  formatDateTime,
  formatDayMonthYear,
  formatDuration,
  formatMonthYear,
  formatSessionTime,
  formatTime,
} from './dutch.format.js';
import { describeRecurrence } from './recurrence.format.js';

describe('Dutch formatting in Amsterdam time', () => {
  it('formats dates', () => {
    expect(formatDate('2025-03-03T12:00:00.000Z')).toBe('maandag 3 maart 2025');
    expect(formatDate('2025-03-03')).toBe('maandag 3 maart 2025');
    expect(formatDate('2025-03-02T23:30:00.000Z')).toBe('maandag 3 maart 2025');
    expect(formatDateShort('2025-03-03')).toBe('ma 3 mrt');
    expect(formatDayMonthYear('2026-04-06T11:00:00.000Z')).toBe('6 april 2026');
  });
  it('names a month with its year, by the Amsterdam calendar', () => {
    expect(formatMonthYear('2025-04-07T11:00:00.000Z')).toBe('april 2025');
    expect(formatMonthYear('2025-03-03')).toBe('maart 2025');
    // 23:30 on 31 March in Amsterdam (summer time) is still March; 23:30 on New Year's Eve
    // (winter time) is still December of the old year.
    expect(formatMonthYear('2025-03-31T21:30:00.000Z')).toBe('maart 2025');
    expect(formatMonthYear('2025-12-31T22:30:00.000Z')).toBe('december 2025');
    expect(formatMonthYear('2025-12-31T23:30:00.000Z')).toBe('januari 2026');
  });
  it('formats times with a dot, in summer and winter', () => {
    expect(formatTime('2025-03-03T12:00:00.000Z')).toBe('13.00');
    expect(formatTime('2025-04-07T11:00:00.000Z')).toBe('13.00');
    expect(formatTime('2025-04-07T07:05:00.000Z')).toBe('09.05');
    expect(formatDateTime('2025-03-03T12:00:00.000Z')).toBe('maandag 3 maart 2025, 13.00 uur');
  });
  it('formats a session on one day with an en dash', () => {
    expect(formatSessionTime('2025-03-03T12:00:00.000Z', '2025-03-03T13:00:00.000Z')).toBe(
      'maandag 3 maart 2025, 13.00–14.00 uur',
    );
    expect(formatSessionTime('2025-04-07T11:00:00.000Z', '2025-04-07T12:00:00.000Z')).toBe(
      'maandag 7 april 2025, 13.00–14.00 uur',
    );
  });
  it('formats a range across days in full', () => {
    expect(formatSessionTime('2022-11-07T08:00:00.000Z', '2022-11-11T16:00:00.000Z')).toBe(
      'maandag 7 november 2022 09.00 uur – vrijdag 11 november 2022 17.00 uur',
    );
  });
  it('formats date ranges compactly', () => {
    expect(formatDateRange('2022-11-07', '2022-11-11')).toBe('7–11 november 2022');
    expect(formatDateRange('2022-10-31', '2022-11-04')).toBe('31 oktober – 4 november 2022');
    expect(formatDateRange('2022-12-29', '2023-01-02')).toBe('29 december 2022 – 2 januari 2023');
    expect(formatDateRange('2022-11-07', '2022-11-07')).toBe('7 november 2022');
  });
  it('formats durations and recurrences', () => {
    expect(formatDuration(60)).toBe('1 uur');
    expect(formatDuration(90)).toBe('1 uur en 30 minuten');
    expect(formatDuration(45)).toBe('45 minuten');
    expect(
      describeRecurrence({
        kind: 'monthly_nth_weekday',
        weekday: 1,
        nth: 1,
        startTime: '13:00',
        durationMinutes: 60,
      }),
    ).toBe('elke eerste maandag van de maand, 13.00–14.00 uur');
    expect(
      describeRecurrence({
        kind: 'monthly_nth_weekday',
        weekday: 4,
        nth: -1,
        startTime: '19:30',
        durationMinutes: 90,
      }),
    ).toBe('elke laatste donderdag van de maand, 19.30–21.00 uur');
  });
});
