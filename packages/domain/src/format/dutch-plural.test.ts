import { describe, expect, it } from 'vitest';
import { dutchCount, dutchForm } from './dutch-plural.js';
import { formatWait } from './dutch.format.js';

const VRAAG = { one: 'vraag', other: 'vragen' } as const;

describe('Dutch counts', () => {
  it('uses the singular for exactly one and the plural for every other count', () => {
    expect([0, 1, 2, 3, 21].map((n) => dutchCount(n, VRAAG))).toEqual([
      '0 vragen',
      '1 vraag',
      '2 vragen',
      '3 vragen',
      '21 vragen',
    ]);
    expect(dutchForm(1, { one: 'deelt', other: 'delen' })).toBe('deelt');
    expect(dutchForm(2, { one: 'deelt', other: 'delen' })).toBe('delen');
  });

  it('writes large counts the Dutch way', () => {
    expect(dutchCount(1250, { one: 'sessie', other: 'sessies' })).toBe('1.250 sessies');
  });
});

describe('formatWait', () => {
  it('says seconds below a minute and whole minutes above, each in the right number', () => {
    expect([0.2, 1, 4, 59, 60, 61, 600].map(formatWait)).toEqual([
      '1 seconde',
      '1 seconde',
      '4 seconden',
      '59 seconden',
      '1 minuut',
      '2 minuten',
      '10 minuten',
    ]);
  });
});
