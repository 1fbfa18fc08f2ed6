import { describe, expect, it } from 'vitest';
import { monthName, monthShort, pivotDilemmas, sessionTotals } from './chart-data';

describe('chart data', () => {
  it('names months in Dutch', () => {
    expect(monthName('2026-04')).toBe('april');
    expect(monthShort('2026-03')).toBe('mrt');
    expect(monthShort('2026-10')).toBe('okt');
  });

  it('adds up sessions per status', () => {
    expect(
      sessionTotals([
        { month: '2026-01', planned: 1, held: 0, cancelled: 0 },
        { month: '2026-02', planned: 0, held: 1, cancelled: 1 },
      ]),
    ).toEqual({ planned: 1, held: 1, cancelled: 1 });
  });

  it('pivots dilemmas per theme into one row per month and finds the top theme', () => {
    const { rows, themes, total, top } = pivotDilemmas(
      [
        { month: '2026-03', themeLabel: 'Thuissituatie', count: 1 },
        { month: '2026-03', themeLabel: 'Open deuren', count: 3 },
        { month: '2026-05', themeLabel: 'Open deuren', count: 1 },
      ],
      ['2026-03', '2026-04', '2026-05'],
    );
    expect(themes).toEqual(['Open deuren', 'Thuissituatie']);
    expect(rows).toEqual([
      { month: '2026-03', label: 'mrt', 'Open deuren': 3, Thuissituatie: 1 },
      { month: '2026-04', label: 'apr', 'Open deuren': 0, Thuissituatie: 0 },
      { month: '2026-05', label: 'mei', 'Open deuren': 1, Thuissituatie: 0 },
    ]);
    expect(total).toBe(5);
    expect(top).toBe('Open deuren');
  });
});
