import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, isoWeekday, toInstant, toLocalParts } from './amsterdam.time.js';

describe('toInstant', () => {
  it('converts winter time (UTC+1)', () => {
    expect(toInstant('2025-03-03', '13:00')).toBe('2025-03-03T12:00:00.000Z');
  });
  it('converts summer time (UTC+2)', () => {
    expect(toInstant('2025-04-07', '13:00')).toBe('2025-04-07T11:00:00.000Z');
  });
  it('reads a non-existent time with the offset before the gap (RFC 5545)', () => {
    expect(toInstant('2025-03-30', '02:30')).toBe('2025-03-30T01:30:00.000Z');
  });
  it('reads an ambiguous time as its first occurrence (RFC 5545)', () => {
    expect(toInstant('2025-10-26', '02:30')).toBe('2025-10-26T00:30:00.000Z');
  });
  it('handles the hours around both changes', () => {
    expect(toInstant('2025-03-30', '01:59')).toBe('2025-03-30T00:59:00.000Z');
    expect(toInstant('2025-03-30', '03:00')).toBe('2025-03-30T01:00:00.000Z');
    expect(toInstant('2025-10-26', '03:00')).toBe('2025-10-26T02:00:00.000Z');
    expect(toInstant('2025-10-26', '01:59')).toBe('2025-10-25T23:59:00.000Z');
  });
});

describe('toLocalParts', () => {
  it('reads an instant on the Amsterdam clock', () => {
    expect(toLocalParts('2025-04-07T11:00:00.000Z')).toEqual({
      date: '2025-04-07',
      time: '13:00',
      weekday: 1,
      offsetMinutes: 120,
    });
    expect(toLocalParts('2025-03-02T23:30:00.000Z')).toMatchObject({
      date: '2025-03-03',
      time: '00:30',
      offsetMinutes: 60,
    });
  });
  it('round-trips with toInstant on ordinary times', () => {
    for (const [d, t] of [
      ['2025-01-01', '00:00'],
      ['2025-07-15', '23:45'],
      ['2026-04-06', '13:00'],
    ] as const) {
      const parts = toLocalParts(toInstant(d, t));
      expect([parts.date, parts.time]).toEqual([d, t]);
    }
  });
});

describe('date arithmetic', () => {
  it('adds days and minutes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addMinutes('2025-03-03T12:00:00.000Z', 60)).toBe('2025-03-03T13:00:00.000Z');
  });
  it('gives ISO weekdays', () => {
    expect(isoWeekday('2025-03-03')).toBe(1);
    expect(isoWeekday('2025-03-09')).toBe(7);
  });
});
