import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Holidays from 'date-holidays';
import { isoWeekday } from '../shared/index.js';
import { Series } from './series.schema.js';
import { occurrencesOf, planSeries, planYear } from './series.planning.js';
import { carnivalDays, dateFlags, dutchPublicHolidays, easterSunday } from './date-flags.rules.js';

const OPEN_DEUREN = '00000000-0000-4000-8000-0000000000a1';
const THUIS = '00000000-0000-4000-8000-0000000000a2';

const series2025: Series = Series.parse({
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'jamsessies-vvlg-2025',
  title: 'Jamsessies Vrijheid en veiligheid voor het levensgeluk van cliënten',
  description: 'Korte online Jamsessies van een uur, elke eerste maandag van de maand.',
  actionTeamId: '00000000-0000-4000-8000-000000000002',
  recurrence: {
    kind: 'monthly_nth_weekday',
    weekday: 1,
    nth: 1,
    startTime: '13:00',
    durationMinutes: 60,
  },
  themeRotation: [OPEN_DEUREN, THUIS],
  exceptions: [],
  meetingLink: 'https://zoom.example.nl/j/123456789?pwd=geheim',
  eligibility: {
    participatingOrganisations: true,
    locMembers: true,
    extraEmailDomains: ['loc.nl'],
  },
  documents: [{ kind: 'schedule', title: 'Jamsessies VVLG 2025' }],
  firstDate: '2025-03-01',
  lastDate: null,
  version: 1,
});

describe('occurrencesOf', () => {
  const firstMonday = { weekday: 1, nth: 1 } as const;
  it('gives the first Monday of each month', () => {
    expect(occurrencesOf(firstMonday, '2025-03-01', '2025-06-30')).toEqual([
      '2025-03-03',
      '2025-04-07',
      '2025-05-05',
      '2025-06-02',
    ]);
  });
  it('gives the last Friday and the fourth Wednesday', () => {
    expect(occurrencesOf({ weekday: 5, nth: -1 }, '2025-01-01', '2025-03-31')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-28',
    ]);
    expect(occurrencesOf({ weekday: 3, nth: 4 }, '2025-01-01', '2025-02-28')).toEqual([
      '2025-01-22',
      '2025-02-26',
    ]);
  });
  it('respects both ends of the range', () => {
    expect(occurrencesOf(firstMonday, '2025-03-04', '2025-04-07')).toEqual(['2025-04-07']);
    expect(occurrencesOf(firstMonday, '2025-03-03', '2025-03-03')).toEqual(['2025-03-03']);
  });
});

describe('planSeries', () => {
  it('plans 3 March and 7 April 2025 with alternating themes and Amsterdam instants', () => {
    const plan = planSeries(series2025, { from: '2025-03-01', to: '2025-04-30' }, [
      { id: OPEN_DEUREN, slug: 'open-deuren', label: 'Open deuren', version: 1 },
    ]);
    expect(plan).toEqual([
      {
        date: '2025-03-03',
        startsAt: '2025-03-03T12:00:00.000Z',
        endsAt: '2025-03-03T13:00:00.000Z',
        themeId: OPEN_DEUREN,
        themeLabel: 'Open deuren',
        flags: [{ kind: 'carnival', name: 'Carnavalsmaandag' }],
      },
      {
        date: '2025-04-07',
        startsAt: '2025-04-07T11:00:00.000Z',
        endsAt: '2025-04-07T12:00:00.000Z',
        themeId: THUIS,
        flags: [],
      },
    ]);
  });
  it('keeps the rotation counted from the first date, whatever the range', () => {
    const may = planSeries(series2025, { from: '2025-05-01', to: '2025-05-31' });
    expect(may.map((d) => [d.date, d.themeId])).toEqual([['2025-05-05', OPEN_DEUREN]]);
  });
  it('flags Tweede Paasdag 2026 and leaves 2 February 2026 plain', () => {
    const plan = planYear(series2025, 2026);
    const feb = plan.find((d) => d.date === '2026-02-02');
    const apr = plan.find((d) => d.date === '2026-04-06');
    expect(feb?.flags).toEqual([]);
    expect(feb?.startsAt).toBe('2026-02-02T12:00:00.000Z');
    expect(apr?.flags).toEqual([{ kind: 'public_holiday', name: 'Tweede Paasdag' }]);
    expect(apr?.startsAt).toBe('2026-04-06T11:00:00.000Z');
    expect(plan).toHaveLength(12);
  });
  it('plans nothing before the first date', () => {
    expect(planYear(series2025, 2024)).toEqual([]);
    expect(planYear(series2025, 2025)[0]?.date).toBe('2025-03-03');
    expect(planYear({ ...series2025, lastDate: '2025-05-31' }, 2025).map((d) => d.date)).toEqual([
      '2025-03-03',
      '2025-04-07',
      '2025-05-05',
    ]);
  });
  it('skips a date without using up its theme', () => {
    const plan = planYear(
      { ...series2025, exceptions: [{ date: '2025-04-07', kind: 'skip', reason: 'Meivakantie' }] },
      2025,
    );
    expect(plan.map((d) => d.date).slice(0, 3)).toEqual(['2025-03-03', '2025-05-05', '2025-06-02']);
    expect(plan.map((d) => d.themeId).slice(0, 3)).toEqual([OPEN_DEUREN, THUIS, OPEN_DEUREN]);
  });
  it('moves a date to a new day and time, keeping the exception', () => {
    const move = {
      date: '2025-03-03',
      kind: 'move',
      to: '2025-03-10',
      startTime: '15:30',
    } as const;
    const plan = planSeries(
      { ...series2025, exceptions: [move] },
      { from: '2025-03-01', to: '2025-04-30' },
    );
    expect(plan[0]).toEqual({
      date: '2025-03-10',
      startsAt: '2025-03-10T14:30:00.000Z',
      endsAt: '2025-03-10T15:30:00.000Z',
      themeId: OPEN_DEUREN,
      flags: [],
      exception: move,
    });
  });
  it('finds a date moved into the range from outside it', () => {
    const move = { date: '2025-04-07', kind: 'move', to: '2025-03-31' } as const;
    const plan = planSeries(
      { ...series2025, exceptions: [move] },
      { from: '2025-03-15', to: '2025-03-31' },
    );
    expect(plan.map((d) => [d.date, d.startsAt, d.themeId])).toEqual([
      ['2025-03-31', '2025-03-31T11:00:00.000Z', THUIS],
    ]);
  });
  it('plans only the requested weekday, inside the range, sorted (property)', () => {
    const dateArb = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        dateArb,
        dateArb,
        fc.integer({ min: 0, max: 23 }),
        (weekday, nth, a, b, hour) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const recurrence = {
            ...series2025.recurrence,
            weekday,
            nth,
            startTime: `${String(hour).padStart(2, '0')}:00`,
          };
          const plan = planSeries(
            { ...series2025, recurrence, firstDate: '2019-01-01' },
            { from, to },
          );
          for (const d of plan) {
            expect(isoWeekday(d.date)).toBe(weekday);
            expect(d.date >= from && d.date <= to).toBe(true);
            expect(Date.parse(d.endsAt) - Date.parse(d.startsAt)).toBe(60 * 60_000);
          }
          const starts = plan.map((d) => d.startsAt);
          expect([...starts].sort()).toEqual(starts);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('date flags', () => {
  it('computes Easter', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2024)).toBe('2024-03-31');
  });
  it('agrees with date-holidays on Easter for many years', () => {
    const hd = new Holidays('NL');
    for (let year = 2000; year <= 2060; year += 1) {
      const pasen = hd.getHolidays(year, 'nl').find((h) => h.name === 'Pasen');
      expect(pasen?.date.slice(0, 10)).toBe(easterSunday(year));
    }
  });
  it('knows the carnival days: 3 March 2025 and 16 February 2026 are carnival Monday', () => {
    expect(carnivalDays(2025).map((d) => d.date)).toEqual([
      '2025-03-02',
      '2025-03-03',
      '2025-03-04',
    ]);
    expect(dateFlags('2026-02-16')).toEqual([{ kind: 'carnival', name: 'Carnavalsmaandag' }]);
    expect(dateFlags('2026-02-02')).toEqual([]);
  });
  it('counts public holidays plus Goede Vrijdag and Bevrijdingsdag, not observances', () => {
    const h = dutchPublicHolidays(2025);
    expect(h.get('2025-04-21')).toBe('Tweede Paasdag');
    expect(h.get('2025-04-18')).toBe('Goede Vrijdag');
    expect(h.get('2025-05-05')).toBe('Bevrijdingsdag');
    expect(h.get('2025-04-26')).toBe('Koningsdag');
    expect(h.get('2025-06-09')).toBe('Tweede Pinksterdag');
    expect(h.has('2025-05-04')).toBe(false);
    expect(h.has('2025-12-05')).toBe(false);
    expect(h.has('2025-12-31')).toBe(false);
  });
});
