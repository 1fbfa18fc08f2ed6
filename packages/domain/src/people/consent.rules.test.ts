import { describe, expect, it } from 'vitest';
import {
  consentAllows,
  consentHistory,
  consentLookupFrom,
  currentConsent,
} from './consent.rules.js';
import { ConsentRecord, ConsentRecordInput, type ConsentLevel } from './consent.schema.js';
import { consentLevelLabels } from './consent.labels.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [NOOR, BRAM, REACTION, SESSION] = [uuid(1), uuid(2), uuid(10), uuid(100)];
const t = (min: number) => new Date(Date.UTC(2025, 2, 3, 12, min)).toISOString();

const level = (n: number, at: string, lvl: ConsentLevel, personId = NOOR): ConsentRecord => ({
  id: uuid(200 + n),
  personId,
  subject: 'reaction',
  subjectId: REACTION,
  level: lvl,
  at,
  by: null,
});
const contact = (
  n: number,
  at: string,
  granted: boolean,
  subjectId: string | null = SESSION,
): ConsentRecord => ({
  id: uuid(300 + n),
  personId: NOOR,
  subject: 'contact_sharing',
  subjectId,
  granted,
  at,
  by: null,
});

describe('ConsentRecord', () => {
  it('parses a level record and a contact-sharing record; `by` defaults to null', () => {
    const parsed = ConsentRecord.parse({ ...level(1, t(0), 'quotable'), by: undefined });
    expect(parsed).toEqual(level(1, t(0), 'quotable'));
    expect(ConsentRecord.parse(contact(1, t(0), true))).toEqual(contact(1, t(0), true));
  });
  it('refuses a level on contact sharing and a yes/no on a reaction', () => {
    expect(
      ConsentRecord.safeParse({ ...contact(1, t(0), true), granted: undefined, level: 'quotable' })
        .success,
    ).toBe(false);
    expect(
      ConsentRecord.safeParse({ ...level(1, t(0), 'quotable'), level: undefined, granted: true })
        .success,
    ).toBe(false);
  });
  it('has an input without id and time', () => {
    expect(
      ConsentRecordInput.parse({
        personId: NOOR,
        subject: 'quote',
        subjectId: REACTION,
        level: 'quotable',
      }),
    ).toEqual({ personId: NOOR, subject: 'quote', subjectId: REACTION, level: 'quotable' });
  });
  it('labels levels in Dutch', () => {
    expect(consentLevelLabels).toEqual({
      private: 'privé',
      shareable_anonymised: 'anoniem te delen',
      quotable: 'te citeren',
    });
  });
});

describe('currentConsent', () => {
  it('is private / not granted without records', () => {
    expect(currentConsent([], 'reaction', REACTION)).toBe('private');
    expect(currentConsent([], 'contact_sharing', SESSION, NOOR)).toBe(false);
  });
  it('lets the last record win, by time and not by array order', () => {
    const records = [level(2, t(10), 'private'), level(1, t(5), 'quotable')];
    expect(currentConsent(records, 'reaction', REACTION)).toBe('private');
    expect(
      consentHistory(records, 'reaction', REACTION).map((r) =>
        r.subject === 'contact_sharing' ? null : r.level,
      ),
    ).toEqual(['quotable', 'private']);
  });
  it('lets the later stored record win a tie', () => {
    expect(
      currentConsent([level(1, t(5), 'private'), level(2, t(5), 'quotable')], 'reaction', REACTION),
    ).toBe('quotable');
  });
  it('treats a withdrawal as a record and keeps the history', () => {
    const records = [contact(1, t(0), true), contact(2, t(30), false)];
    expect(currentConsent(records, 'contact_sharing', SESSION, NOOR)).toBe(false);
    expect(consentHistory(records, 'contact_sharing', SESSION)).toHaveLength(2);
  });
  it('narrows to one person when asked', () => {
    const records = [level(1, t(0), 'quotable', BRAM)];
    expect(currentConsent(records, 'reaction', REACTION, NOOR)).toBe('private');
    expect(currentConsent(records, 'reaction', REACTION, BRAM)).toBe('quotable');
  });
  it('compares times with different notations as moments', () => {
    const records = [level(1, '2025-03-03T13:30:00+01:00', 'quotable'), level(2, t(10), 'private')];
    expect(currentConsent(records, 'reaction', REACTION)).toBe('quotable');
  });
});

describe('consentAllows and consentLookupFrom', () => {
  it('orders the levels', () => {
    expect(consentAllows('quotable', 'shareable_anonymised')).toBe(true);
    expect(consentAllows('shareable_anonymised', 'quotable')).toBe(false);
    expect(consentAllows('private', 'private')).toBe(true);
  });
  it('answers undefined when nothing is recorded, so the content copy counts', () => {
    const lookup = consentLookupFrom([level(1, t(0), 'quotable')]);
    expect(lookup({ subject: 'reaction', subjectId: REACTION })).toBe('quotable');
    expect(lookup({ subject: 'reaction', subjectId: REACTION, personId: BRAM })).toBeUndefined();
    expect(lookup({ subject: 'dilemma', subjectId: REACTION })).toBeUndefined();
  });
});
