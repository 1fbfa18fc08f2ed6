import { describe, expect, it } from 'vitest';
import { agendaYears } from './use-agenda';

describe('agendaYears', () => {
  it('runs from the first edition to next year', () => {
    expect(agendaYears([2021, 2022], '2026-11-23T10:00:00.000Z')).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
  });

  it('starts at 2025, the first Jamsessies, without editions', () => {
    expect(agendaYears([], '2025-06-01T10:00:00.000Z')).toEqual([2025, 2026]);
  });

  it('uses the Amsterdam year on New Year’s Eve night', () => {
    expect(agendaYears([], '2025-12-31T23:30:00.000Z')).toEqual([2025, 2026, 2027]);
  });
});
