import { describe, expect, it } from 'vitest';
import {
  countDecisions,
  initialDecisions,
  isOpen,
  toPlanChoice,
  type PreviewDate,
} from './plan-decisions';

function date(d: string, extra: Partial<PreviewDate> = {}): PreviewDate {
  return {
    date: d,
    startsAt: `${d}T12:00:00.000Z`,
    endsAt: `${d}T13:00:00.000Z`,
    themeId: null,
    flags: [],
    existing: null,
    inPast: false,
    ...extra,
  };
}

const messages = { moveDateMissing: 'Kies een datum.', moveOutsideYear: 'Zelfde jaar.' };

describe('initialDecisions', () => {
  it('accepts open dates and leaves holidays to the coordinator', () => {
    const decisions = initialDecisions([
      date('2026-12-07'),
      date('2026-04-06', { flags: [{ kind: 'public_holiday', name: 'Tweede Paasdag' }] }),
      date('2026-02-02', { inPast: true }),
      date('2026-03-02', { existing: { id: 'x', status: 'planned' } }),
    ]);
    expect(decisions).toEqual({
      '2026-12-07': { kind: 'accept' },
      '2026-04-06': { kind: 'undecided' },
    });
  });

  it('treats a date with an exception as decided', () => {
    expect(isOpen(date('2026-06-01', { exception: { date: '2026-06-01', kind: 'skip' } }))).toBe(
      false,
    );
  });
});

describe('toPlanChoice', () => {
  it('collects accepted, skipped and moved dates in date order', () => {
    const result = toPlanChoice(
      {
        '2026-12-07': { kind: 'accept' },
        '2026-04-06': { kind: 'move', to: '2026-04-13', startTime: '' },
        '2026-06-01': { kind: 'skip' },
        '2026-05-04': { kind: 'undecided' },
      },
      2026,
      messages,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        accept: ['2026-12-07'],
        skip: ['2026-06-01'],
        move: [{ date: '2026-04-06', to: '2026-04-13' }],
      },
    });
  });

  it('refuses a move without a date or into another year, naming the date', () => {
    const result = toPlanChoice(
      {
        '2026-04-06': { kind: 'move', to: '', startTime: '' },
        '2026-12-07': { kind: 'move', to: '2027-01-04', startTime: '14:00' },
      },
      2026,
      messages,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { date: '2026-04-06', message: 'Kies een datum.' },
        { date: '2026-12-07', message: 'Zelfde jaar.' },
      ],
    });
  });

  it('counts the decisions for the summary', () => {
    expect(
      countDecisions({ a: { kind: 'accept' }, b: { kind: 'accept' }, c: { kind: 'skip' } }),
    ).toEqual({ accept: 2, skip: 1, move: 0, undecided: 0 });
  });
});
