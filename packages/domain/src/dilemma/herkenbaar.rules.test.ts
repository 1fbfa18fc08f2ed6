import { describe, expect, it } from 'vitest';
import { herkenbaarPhase } from '../session/session-state.rules.js';
import {
  checkHerkenbaarOpen,
  herkenbaarTitle,
  isHerkenbaarParticipant,
  type HerkenbaarCandidate,
} from './herkenbaar.rules.js';

const session = {
  status: 'planned' as const,
  startsAt: '2029-03-05T12:00:00.000Z',
  endsAt: '2029-03-05T13:00:00.000Z',
};

const candidate: HerkenbaarCandidate = {
  kop: 'Alleen naar de markt',
  status: 'inventoried',
  confirmed: true,
  consent: 'shareable_anonymised',
};

describe('herkenbaarPhase', () => {
  it('opens fourteen days before the start and closes at the start', () => {
    expect(herkenbaarPhase(session, '2029-02-19T11:59:59.000Z')).toBe('not_yet');
    expect(herkenbaarPhase(session, '2029-02-19T12:00:00.000Z')).toBe('open');
    expect(herkenbaarPhase(session, '2029-03-05T11:59:59.999Z')).toBe('open');
    expect(herkenbaarPhase(session, '2029-03-05T12:00:00.000Z')).toBe('closed');
    expect(herkenbaarPhase(session, '2029-03-06T12:00:00.000Z')).toBe('closed');
  });

  it('is closed for a cancelled session', () => {
    expect(herkenbaarPhase({ ...session, status: 'cancelled' }, '2029-03-01T09:00:00.000Z')).toBe(
      'closed',
    );
  });
});

describe('checkHerkenbaarOpen', () => {
  it('refuses in Dutch once the session has started', () => {
    const result = checkHerkenbaarOpen(session, '2029-03-05T12:30:00.000Z');
    expect(result).toMatchObject({ ok: false, error: { code: 'HERKENBAAR.CLOSED' } });
    expect(result.ok ? '' : result.error.message).toMatch(/al begonnen/);
  });

  it('refuses before the window and passes inside it', () => {
    expect(checkHerkenbaarOpen(session, '2029-01-01T09:00:00.000Z')).toMatchObject({
      ok: false,
      error: { code: 'HERKENBAAR.NOT_YET' },
    });
    expect(checkHerkenbaarOpen(session, '2029-03-01T09:00:00.000Z')).toEqual({
      ok: true,
      value: true,
    });
  });
});

describe('herkenbaarTitle', () => {
  it('shows only the kop of a confirmed, shareable question still to be chosen', () => {
    expect(herkenbaarTitle(candidate)).toBe('Alleen naar de markt');
    expect(herkenbaarTitle({ ...candidate, status: 'chosen', consent: 'quotable' })).toBe(
      'Alleen naar de markt',
    );
  });

  it('shows nothing without a kop, unconfirmed, private, parked or discussed', () => {
    expect(herkenbaarTitle({ ...candidate, kop: null })).toBeNull();
    expect(herkenbaarTitle({ ...candidate, confirmed: false })).toBeNull();
    expect(herkenbaarTitle({ ...candidate, consent: 'private' })).toBeNull();
    expect(herkenbaarTitle({ ...candidate, status: 'parked' })).toBeNull();
    expect(herkenbaarTitle({ ...candidate, status: 'discussed' })).toBeNull();
  });
});

describe('isHerkenbaarParticipant', () => {
  it('counts an owner of a confirmed question or an eligible address, nobody else', () => {
    expect(isHerkenbaarParticipant({ ownsConfirmedDilemma: true, eligibleForSeries: false })).toBe(
      true,
    );
    expect(isHerkenbaarParticipant({ ownsConfirmedDilemma: false, eligibleForSeries: true })).toBe(
      true,
    );
    expect(isHerkenbaarParticipant({ ownsConfirmedDilemma: false, eligibleForSeries: false })).toBe(
      false,
    );
  });
});
