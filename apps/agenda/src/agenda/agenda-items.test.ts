import { describe, expect, it } from 'vitest';
import { edition, programmeItem, sessionEntry, weekDay } from '../test/fixtures';
import { noFilters } from './agenda-filters';
import { editionsForLocals, mergeAgenda } from './agenda-items';

const now = '2026-11-23T10:00:00.000Z';
const march = sessionEntry({
  id: 'a',
  startsAt: '2025-03-03T12:00:00.000Z',
  endsAt: '2025-03-03T13:00:00.000Z',
});
const april = sessionEntry({ id: 'b' });
const week2021 = edition();
const week2027 = edition({ id: 'e27', year: 2027, startsOn: '2027-11-01', endsOn: '2027-11-05' });
const locals = [
  {
    edition: week2021,
    days: [weekDay([programmeItem(), programmeItem({ id: 'x', kind: 'plenary' })])],
  },
];

describe('mergeAgenda', () => {
  it('puts sessions and coming editions in date order', () => {
    const items = mergeAgenda(
      { sessions: [april, march], editions: [week2021, week2027], locals: [] },
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
      { sessions: [april, march], editions: [week2021, week2027], locals: [] },
      { ...noFilters, past: true },
      now,
    );
    expect(items.map((i) => i.key)).toEqual(['s-b', 's-a', `e-${week2021.id}`]);
  });

  it('shows an edition only in its own year, and not for a theme, series or other kind', () => {
    const sources = { sessions: [], editions: [week2021, week2027], locals: [] };
    expect(mergeAgenda(sources, { ...noFilters, year: 2021 }, now)).toHaveLength(1);
    expect(mergeAgenda(sources, { ...noFilters, year: 2025 }, now)).toHaveLength(0);
    expect(
      mergeAgenda(sources, { ...noFilters, year: 2021, theme: 'open-deuren' }, now),
    ).toHaveLength(0);
    expect(mergeAgenda(sources, { ...noFilters, year: 2021, kind: 'jamsessie' }, now)).toHaveLength(
      0,
    );
    expect(
      mergeAgenda(sources, { ...noFilters, year: 2021, kind: 'inspiratieweek' }, now),
    ).toHaveLength(1);
  });

  it('shows local programmes only for the "lokaal" kind, and filters them by sector', () => {
    const sources = { sessions: [], editions: [week2021], locals };
    expect(mergeAgenda(sources, { ...noFilters, year: 2021 }, now).map((i) => i.type)).toEqual([
      'edition',
    ]);
    const local = mergeAgenda(sources, { ...noFilters, year: 2021, kind: 'lokaal' }, now);
    expect(local.map((i) => i.key)).toEqual([`p-${programmeItem().id}`]);
    expect(
      mergeAgenda(
        sources,
        { ...noFilters, year: 2021, kind: 'lokaal', movement: 'jeugdzorg' },
        now,
      ),
    ).toHaveLength(0);
  });

  it('lists a session once even if two pages overlap', () => {
    expect(
      mergeAgenda({ sessions: [april, april], editions: [], locals: [] }, noFilters, now),
    ).toHaveLength(1);
  });
});

describe('editionsForLocals', () => {
  it('asks only for the editions in the chosen period, and only for "lokaal"', () => {
    const all = [week2021, week2027];
    expect(editionsForLocals(all, noFilters, now)).toEqual([]);
    expect(editionsForLocals(all, { ...noFilters, kind: 'lokaal' }, now)).toEqual([week2027]);
    expect(editionsForLocals(all, { ...noFilters, kind: 'lokaal', past: true }, now)).toEqual([
      week2021,
    ]);
    expect(editionsForLocals(all, { ...noFilters, kind: 'lokaal', year: 2021 }, now)).toEqual([
      week2021,
    ]);
  });
});
