import { describe, expect, it } from 'vitest';
import { hasNarrowingFilters, noFilters, parseFilters, serializeFilters } from './agenda-filters';

describe('parseFilters', () => {
  it('reads every filter from the query string', () => {
    expect(
      parseFilters(
        '?thema=open-deuren&beweging=zorg&soort=jamsessie&reeks=jamsessies-vvlg&jaar=2025',
      ),
    ).toEqual({
      theme: 'open-deuren',
      movement: 'zorg',
      kind: 'jamsessie',
      series: 'jamsessies-vvlg',
      year: 2025,
      past: false,
    });
  });

  it('gives the upcoming agenda for an empty query', () => {
    expect(parseFilters('')).toEqual(noFilters);
  });

  it('ignores malformed and unknown values instead of failing', () => {
    expect(
      parseFilters('?thema=Open%20Deuren!&soort=concert&jaar=25&beweging=&reeks=a--b'),
    ).toEqual(noFilters);
    expect(parseFilters('?jaar=1999').year).toBeNull();
    expect(parseFilters('?jaar=2101').year).toBeNull();
  });

  it('lowercases a slug someone typed with capitals', () => {
    expect(parseFilters('?thema=Open-Deuren').theme).toBe('open-deuren');
  });

  it('reads past sessions, but lets a year win over "eerder"', () => {
    expect(parseFilters('?eerder=ja').past).toBe(true);
    expect(parseFilters('?eerder=ja&jaar=2025')).toMatchObject({ past: false, year: 2025 });
  });
});

describe('serializeFilters', () => {
  it('writes nothing for the plain agenda', () => {
    expect(serializeFilters(noFilters)).toBe('');
  });

  it('writes the filters in a fixed order', () => {
    expect(
      serializeFilters({ ...noFilters, year: 2025, kind: 'lokaal', theme: 'open-deuren' }),
    ).toBe('?thema=open-deuren&soort=lokaal&jaar=2025');
    expect(serializeFilters({ ...noFilters, past: true })).toBe('?eerder=ja');
  });

  it('round-trips through parseFilters', () => {
    const filters = {
      theme: 'vrijheid-en-veiligheid-thuissituatie',
      movement: 'langdurige-ggz',
      kind: 'inspiratieweek' as const,
      series: 'jamsessies-vvlg',
      year: 2021,
      past: false,
    };
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
    const past = { ...noFilters, past: true, series: 'jamsessies-vvlg' };
    expect(parseFilters(serializeFilters(past))).toEqual(past);
  });
});

describe('hasNarrowingFilters', () => {
  it('counts theme, movement, kind and series, not the period', () => {
    expect(hasNarrowingFilters({ ...noFilters, year: 2025, past: false })).toBe(false);
    expect(hasNarrowingFilters({ ...noFilters, past: true })).toBe(false);
    expect(hasNarrowingFilters({ ...noFilters, kind: 'lokaal' })).toBe(true);
    expect(hasNarrowingFilters({ ...noFilters, theme: 'open-deuren' })).toBe(true);
  });
});
