import { describe, expect, it } from 'vitest';
import { parseInt8, parseTimestamptz } from './type-parsers.js';

describe('parseTimestamptz', () => {
  it.each([
    ['2025-03-03 12:00:00+00', '2025-03-03T12:00:00.000Z'],
    ['2025-03-03 13:00:00+01', '2025-03-03T12:00:00.000Z'],
    ['2025-04-07 13:00:00+02', '2025-04-07T11:00:00.000Z'],
    ['2025-03-03 12:00:00.123456+00', '2025-03-03T12:00:00.123Z'],
    ['2025-03-03 12:00:00.5+00', '2025-03-03T12:00:00.500Z'],
    ['2025-03-03 08:30:00-03:30', '2025-03-03T12:00:00.000Z'],
    ['1900-01-01 00:19:32+00:19:32', '1900-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTimestamptz(text)).toBe(iso);
  });

  it('leaves infinity alone', () => {
    expect(parseTimestamptz('infinity')).toBe('infinity');
  });
});

describe('parseInt8', () => {
  it('turns counts into numbers', () => {
    expect(parseInt8('42')).toBe(42);
  });
});
