import { describe, expect, it } from 'vitest';
import { edition, sessionEntry } from '../test/fixtures';
import { noFilters } from './agenda-filters';
import { mergeAgenda } from './agenda-items';

const now = '2026-11-23T10:00:00.000Z';
const march = sessionEntry({
  id: 'a',
  startsAt: '2025-03-03T12:00:00.000Z',
  endsAt: '2025-03-03T13:00:00.000Z',
});
const april = sessionEntry({ id: 'b' });
const week2021 = edition();
const week2027 = edition({ id: 'e27', year: 2027, startsOn: '2027-11-01', endsOn: '2027-11-05' });

describe('mergeAgenda', () => {
  it('puts sessions and coming editions in date order', () => {
    const items = mergeAgenda(
      { sessions: [april, march], editions: [week2021, week2027] },
      noFilters,
      now,
    );
    expect(items.map((i) => i.type)).toEqual(['session', 'session', 'edition']);
    expect(items.map((i) => i.startsAt)).toEqual([
      march.startsAt,
      april.startsAt,
      '2027-10-31T23:00:00.000Z',
    ]);
  });

  it('lists the past most recent first, with past editions', () => {
    const items = mergeAgenda(
      { sessions: [april, march], editions: [week2021, week2027] },
      { ...noFilters, past: true },
      now,
    );
    expect(items.map((i) => i.key)).toEqual(['s-b', 's-a', `e-${week2021.id}`]);
  });

  it('lists a year in date order, whatever the clock says', () => {
    const items = mergeAgenda(
      { sessions: [april, march], editions: [] },
      { ...noFilters, year: 2025 },
      '2025-03-20T10:00:00.000Z',
    );
    expect(items.map((i) => i.key)).toEqual(['s-a', 's-b']);
  });

  it('shows an edition only in its own year, and not for a theme, series or other kind', () => {
    const sources = { sessions: [], editions: [week2021, week2027] };
    expect(mergeAgenda(sources, { ...noFilters, year: 2021 }, now)).toHaveLength(1);
    expect(mergeAgenda(sources, { ...noFilters, year: 2025 }, now)).toHaveLength(0);
    expect(
      mergeAgenda(sources, { ...noFilters, year: 2021, theme: 'open-deuren' }, now),
    ).toHaveLength(0);
    expect(mergeAgenda(sources, { ...noFilters, year: 2021, kind: 'jamsessie' }, now)).toHaveLength(
      0,
    );
    expect(mergeAgenda(sources, { ...noFilters, year: 2021, kind: 'lokaal' }, now)).toHaveLength(0);
    expect(
      mergeAgenda(sources, { ...noFilters, year: 2021, kind: 'inspiratieweek' }, now),
    ).toHaveLength(1);
  });

  it('lists a session once even if two pages overlap', () => {
    expect(mergeAgenda({ sessions: [april, april], editions: [] }, noFilters, now)).toHaveLength(1);
  });
});
