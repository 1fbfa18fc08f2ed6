import { describe, expect, it } from 'vitest';
import { groupByMonth } from './agenda-grouping';

const at = (startsAt: string, title = startsAt) => ({ startsAt, title });

describe('groupByMonth', () => {
  it('groups consecutive items of the same month and keeps their order', () => {
    const groups = groupByMonth([
      at('2025-03-03T12:00:00.000Z', 'a'),
      at('2025-04-07T11:00:00.000Z', 'b'),
      at('2025-04-28T11:00:00.000Z', 'c'),
      at('2025-05-05T11:00:00.000Z', 'd'),
    ]);
    expect(groups.map((g) => [g.key, g.label, g.items.map((i) => i.title)])).toEqual([
      ['2025-03', 'maart 2025', ['a']],
      ['2025-04', 'april 2025', ['b', 'c']],
      ['2025-05', 'mei 2025', ['d']],
    ]);
  });

  it('uses the Amsterdam month, not the UTC one, at a month boundary', () => {
    // 1 April 2025 00:30 in Amsterdam is still 31 March in UTC.
    const [group] = groupByMonth([at('2025-03-31T22:30:00.000Z')]);
    expect(group?.key).toBe('2025-04');
    expect(group?.label).toBe('april 2025');
  });

  it('keeps a descending list descending (past sessions)', () => {
    const groups = groupByMonth([
      at('2025-05-05T11:00:00.000Z'),
      at('2025-04-07T11:00:00.000Z'),
      at('2025-03-03T12:00:00.000Z'),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['2025-05', '2025-04', '2025-03']);
  });

  it('separates the same month of different years', () => {
    const groups = groupByMonth([at('2024-11-04T12:00:00.000Z'), at('2025-11-03T12:00:00.000Z')]);
    expect(groups.map((g) => g.label)).toEqual(['november 2024', 'november 2025']);
  });

  it('returns no groups for no items', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
