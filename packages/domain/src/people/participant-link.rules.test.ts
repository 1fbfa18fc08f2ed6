import { describe, expect, it } from 'vitest';
import { consentProvenance } from './consent.labels.js';
import {
  ParticipantLinkToken,
  participantLinkExpiry,
  participantSessionExpiry,
  unconfirmedDilemmaCutoff,
} from './participant-link.rules.js';

const now = new Date('2029-03-01T10:00:00.000Z');

describe('participant links', () => {
  it('work for 30 minutes; the page session for an hour; unconfirmed intake for 7 days', () => {
    expect(participantLinkExpiry(now).toISOString()).toBe('2029-03-01T10:30:00.000Z');
    expect(participantSessionExpiry(now).toISOString()).toBe('2029-03-01T11:00:00.000Z');
    expect(unconfirmedDilemmaCutoff(now).toISOString()).toBe('2029-02-22T10:00:00.000Z');
  });

  it('accept only a 43-character base64url token, refusing anything else in Dutch', () => {
    expect(ParticipantLinkToken.safeParse('a'.repeat(43)).success).toBe(true);
    const refused = ParticipantLinkToken.safeParse('a'.repeat(42));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/^Deze link werkt niet meer/);
    expect(ParticipantLinkToken.safeParse(`${'a'.repeat(42)}=`).success).toBe(false);
  });
});

describe('consentProvenance', () => {
  it('says how and when, in Amsterdam time', () => {
    const at = '2029-03-05T12:05:00.000Z';
    expect(consentProvenance({ method: 'confirmed_email', at })).toBe(
      'gegeven door de persoon, via bevestigd e-mailadres, op maandag 5 maart 2029, 13.05 uur',
    );
    expect(consentProvenance({ method: 'coordinator', at })).toMatch(/^door een coördinator/);
    expect(consentProvenance({ method: null, at })).toMatch(/^vastgelegd op/);
  });
});
