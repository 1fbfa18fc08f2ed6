import { describe, expect, it } from 'vitest';
import { parseDutch } from '../shared/index.js';
import { Dilemma, DilemmaInput, DilemmaStatus, DilemmaUpdate } from './dilemma.schema.js';
import { dilemmaTitle, newDilemma, transitionDilemma } from './dilemma.rules.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEXT = 'Hoe gaan jullie om met weerstand van mantelzorgers bij open deuren?';

const dilemma = (status: DilemmaStatus, position: number | null = null): Dilemma => ({
  id: uuid(1),
  kop: null,
  sessionId: uuid(100),
  ownerId: null,
  ownerName: null,
  text: TEXT,
  followUpQuestions: [],
  status,
  consent: 'private',
  position,
  submittedAt: '2025-03-03T12:05:00.000Z',
  version: 1,
});

describe('DilemmaInput (the public form)', () => {
  it('defaults to private, no follow-up questions and no name', () => {
    expect(DilemmaInput.parse({ sessionId: uuid(100), text: `  ${TEXT}  ` })).toEqual({
      sessionId: uuid(100),
      text: TEXT,
      followUpQuestions: [],
      ownerName: null,
      ownerEmail: null,
      consent: 'private',
      nadien: false,
    });
  });
  it('reads empty name and e-mail fields as not given and normalises the e-mail', () => {
    const parsed = DilemmaInput.parse({
      sessionId: uuid(100),
      text: TEXT,
      ownerName: ' ',
      ownerEmail: '',
    });
    expect([parsed.ownerName, parsed.ownerEmail]).toEqual([null, null]);
    const named = DilemmaInput.parse({
      sessionId: uuid(100),
      text: TEXT,
      ownerName: ' Noor ',
      ownerEmail: ' Noor@Zorg.Example ',
    });
    expect([named.ownerName, named.ownerEmail]).toEqual(['Noor', 'noor@zorg.example']);
  });
  it('refuses too short or too long texts, six follow-up questions and a bad e-mail, in Dutch', () => {
    const r = parseDutch(DilemmaInput, {
      sessionId: uuid(100),
      text: 'Kort',
      followUpQuestions: ['1', '2', '3', '4', '5', '6'],
      ownerEmail: 'geen-adres',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details?.fields).toEqual({
      text: 'Beschrijf je vraag of dilemma in minstens 10 tekens.',
      followUpQuestions: 'Voeg hoogstens 5 vervolgvragen toe.',
      ownerEmail: 'Vul een geldig e-mailadres in.',
    });
    expect(DilemmaInput.safeParse({ sessionId: uuid(100), text: 'x'.repeat(2001) }).success).toBe(
      false,
    );
    expect(DilemmaInput.safeParse({ sessionId: uuid(100), text: 'x'.repeat(2000) }).success).toBe(
      true,
    );
  });
  it('becomes an inventoried dilemma that parses', () => {
    const input = DilemmaInput.parse({ sessionId: uuid(100), text: TEXT, consent: 'quotable' });
    const d = newDilemma(input, { id: uuid(1), now: '2025-03-03T12:05:00.000Z', ownerId: uuid(7) });
    expect(Dilemma.parse(d)).toEqual(d);
    expect(d).toMatchObject({
      status: 'inventoried',
      position: null,
      version: 1,
      consent: 'quotable',
      ownerId: uuid(7),
    });
  });
  it('takes a partial update with a version', () => {
    expect(
      DilemmaUpdate.parse({ id: uuid(1), version: 2, consent: 'shareable_anonymised' }),
    ).toEqual({
      id: uuid(1),
      version: 2,
      consent: 'shareable_anonymised',
    });
  });
});

describe('transitionDilemma', () => {
  const allowed: Array<[DilemmaStatus, DilemmaStatus]> = [
    ['inventoried', 'chosen'],
    ['inventoried', 'parked'],
    ['chosen', 'discussed'],
    ['chosen', 'parked'],
    ['chosen', 'inventoried'],
    ['parked', 'inventoried'],
  ];
  const all = DilemmaStatus.options;

  it.each(allowed)('allows %s → %s', (from, to) => {
    const r = transitionDilemma(dilemma(from), to);
    expect(r.ok && r.value.status).toBe(to);
  });

  it('refuses every other change with DILEMMA.INVALID_TRANSITION', () => {
    const refused = all.flatMap((from) =>
      all
        .filter((to) => !allowed.some(([f, t]) => f === from && t === to))
        .map((to) => [from, to] as const),
    );
    expect(refused).toHaveLength(10);
    for (const [from, to] of refused) {
      const r = transitionDilemma(dilemma(from), to);
      expect(!r.ok && r.error.code).toBe('DILEMMA.INVALID_TRANSITION');
    }
    const r = transitionDilemma(dilemma('discussed'), 'chosen');
    expect(!r.ok && r.error.message).toBe('Een besproken dilemma kan niet naar ‘gekozen’.');
  });

  it('clears the position when a chosen dilemma leaves the choice', () => {
    const back = transitionDilemma(dilemma('chosen', 2), 'parked');
    expect(back.ok && back.value.position).toBeNull();
    const done = transitionDilemma(dilemma('chosen', 2), 'discussed');
    expect(done.ok && done.value.position).toBe(2);
  });
});

describe('dilemmaTitle', () => {
  it('takes the first sentence', () => {
    expect(dilemmaTitle('Hoe ga je om met public opinions? Als voorbeeld: een meneer …')).toBe(
      'Hoe ga je om met public opinions?',
    );
  });
  it('cuts a long sentence on a word with an ellipsis', () => {
    const title = dilemmaTitle(`${'heel '.repeat(30)}lang`);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith('heel…')).toBe(true);
  });
});
