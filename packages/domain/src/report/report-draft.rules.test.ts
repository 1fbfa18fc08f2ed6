import { describe, expect, it } from 'vitest';
import type { Dilemma } from '../dilemma/dilemma.schema.js';
import { consentLookupFrom } from '../people/consent.rules.js';
import { createProtocol } from '../protocol/protocol.create.js';
import { replayProtocol } from '../protocol/protocol.reducer.js';
import type { ProtocolEvent } from '../protocol/protocol-event.schema.js';
import type { ProtocolState } from '../protocol/protocol-state.schema.js';
import { draftReport } from './report-draft.rules.js';
import { Report } from './report.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [FENCE, CARERS, VILLAGE] = [uuid(1), uuid(2), uuid(3)];
const t = (min: number) => new Date(Date.UTC(2025, 2, 3, 12, min)).toISOString();

const dilemma = (
  id: string,
  text: string,
  consent: Dilemma['consent'],
  ownerName: string,
): Dilemma => ({
  id,
  kop: null,
  sessionId: uuid(100),
  ownerId: uuid(Number(id.slice(-1)) + 10),
  ownerName,
  text,
  followUpQuestions: [],
  status: 'chosen',
  consent,
  position: null,
  submittedAt: t(1),
  version: 1,
});
const dilemmas = [
  dilemma(
    FENCE,
    'Drie bewoners waren binnen twee uur weg. Wie haalt ze op: wij of de familie?',
    'private',
    'Noor',
  ),
  dilemma(
    CARERS,
    'Hoe ga je om met weerstand van mantelzorgers bij open deuren? Wat werkt?',
    'shareable_anonymised',
    'Bram',
  ),
  dilemma(
    VILLAGE,
    'Hoe ga je om met het oordeel in het dorp over een meneer die achteruitgaat?',
    'quotable',
    'Sem',
  ),
];

const note = (
  n: number,
  dilemmaId: string,
  step: 1 | 2 | 3,
  kind: 'tip' | 'idea' | 'association' | 'question' | 'takeaway',
  text: string,
): ProtocolEvent => ({
  type: 'addNote',
  id: uuid(50 + n),
  dilemmaId,
  step,
  kind,
  text,
});

function finishedRun(): ProtocolState {
  const created = createProtocol({ sessionId: uuid(100) });
  if (!created.ok) throw new Error('setup');
  const run = replayProtocol(created.value, [
    ...dilemmas.map((d) => ({
      type: 'addDilemma' as const,
      dilemma: { dilemmaId: d.id, ownerName: d.ownerName, title: d.id },
    })),
    { type: 'choose', dilemmaIds: [FENCE, CARERS, VILLAGE] },
    { type: 'start', at: t(5) },
    note(1, FENCE, 1, 'question', 'Drie bewoners tegelijk weg, wie gaat er zoeken?'),
    { type: 'next', at: t(8) },
    note(2, FENCE, 2, 'tip', 'Open, tenzij.'),
    note(3, FENCE, 2, 'idea', 'Vooraf in het mdo rollen afspreken met familie.'),
    note(4, FENCE, 2, 'association', 'De teamfiets die niemand gebruikt.'),
    note(5, FENCE, 2, 'question', 'Kan dat met weinig menskracht?'),
    { type: 'next', at: t(20) },
    note(6, FENCE, 3, 'takeaway', 'Ik ga flyers in de buurt verspreiden.'),
    { type: 'next', at: t(23) },
    note(7, CARERS, 1, 'question', 'Familie is bang dat hun moeder verdwaalt.'),
    { type: 'next', at: t(26) },
    note(8, CARERS, 2, 'tip', 'Bijeenkomsten met familie en medewerkers.'),
    { type: 'skip', at: t(30) },
    { type: 'skip', at: t(31) }, // VILLAGE is skipped in step 1: not discussed
    { type: 'finish', at: t(40) },
  ]);
  if (run.lastRejection) throw new Error(run.lastRejection.code);
  return run;
}

const base = () => ({
  run: finishedRun(),
  dilemmas,
  sessionTitle: 'Jamsessie Open deuren',
  now: t(59),
  reportId: uuid(900),
});

describe('draftReport', () => {
  it('makes a parsable draft with a dated slug and a section per discussed dilemma', () => {
    const report = draftReport(base());
    expect(Report.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      id: uuid(900),
      sessionId: uuid(100),
      slug: 'verslag-jamsessie-open-deuren-2025-03-03',
      title: 'Jamsessie Open deuren',
      status: 'draft',
      publishedAt: null,
      version: 1,
    });
    expect(report.sections.map((s) => s.dilemmaId)).toEqual([FENCE, CARERS]);
  });

  it('anonymises a private dilemma: heading only, no text, no step-1 retelling', () => {
    const [fence] = draftReport(base()).sections;
    expect(fence).toEqual({
      dilemmaId: FENCE,
      heading: 'Vraag 1',
      summary:
        'Associaties: De teamfiets die niemand gebruikt.\nVragen die opkwamen: Kan dat met weinig menskracht?',
      tips: ['Open, tenzij.', 'Vooraf in het mdo rollen afspreken met familie.'],
      takeAways: ['Ik ga flyers in de buurt verspreiden.'],
      quote: null,
      dilemmaText: null,
      dilemmaConsent: 'private',
    });
  });

  it('heads a consented dilemma without a kop with its number only, never cut-off text', () => {
    expect(draftReport(base()).sections[1]?.heading).toBe('Vraag 2');
  });

  it('shows a consented dilemma with its kop and text', () => {
    const withKop = dilemmas.map((d, i) =>
      i === 1 ? { ...d, kop: 'Weerstand bij open deuren' } : d,
    );
    const carers = draftReport({ ...base(), dilemmas: withKop }).sections[1];
    expect(carers).toMatchObject({
      heading: 'Vraag 2: Weerstand bij open deuren',
      dilemmaText: dilemmas[1]!.text,
      dilemmaConsent: 'shareable_anonymised',
      summary: 'Bij het formuleren: Familie is bang dat hun moeder verdwaalt.',
      tips: ['Bijeenkomsten met familie en medewerkers.'],
      takeAways: [],
    });
  });

  it('never names the owners', () => {
    const json = JSON.stringify(draftReport(base()));
    for (const name of ['Noor', 'Bram', 'Sem']) expect(json).not.toContain(name);
  });

  it('uses recorded consent over the dilemma copy (a withdrawal counts)', () => {
    const lookup = consentLookupFrom([
      {
        id: uuid(700),
        personId: uuid(12),
        subject: 'dilemma',
        subjectId: CARERS,
        level: 'private',
        at: t(58),
        by: null,
      },
    ]);
    const carers = draftReport({ ...base(), consentLookup: lookup }).sections[1];
    expect(carers).toMatchObject({
      heading: 'Vraag 2',
      dilemmaText: null,
      dilemmaConsent: 'private',
    });
  });

  it('keeps reactions with their (refreshed) consent for the editor', () => {
    const reactions = [
      { id: uuid(800), text: 'Heel waardevol!', authorId: uuid(11), consent: 'private' as const },
      { id: uuid(801), text: 'Kostbaar!', authorId: null, consent: 'quotable' as const },
    ];
    const lookup = consentLookupFrom([
      {
        id: uuid(701),
        personId: uuid(11),
        subject: 'reaction',
        subjectId: uuid(800),
        level: 'quotable',
        at: t(58),
        by: null,
      },
    ]);
    const report = draftReport({ ...base(), reactions, consentLookup: lookup });
    expect(report.reactions.map((r) => r.consent)).toEqual(['quotable', 'quotable']);
  });

  it('heads a section with the coordinator’s kop, never with text cut off by "…"', () => {
    const long =
      'Hoe ga je om met weerstand van mantelzorgers die bang zijn dat hun moeder verdwaalt als de deuren van de afdeling overdag open gaan?';
    const headingOf = (change: { text?: string; kop?: string | null }) =>
      draftReport({
        ...base(),
        dilemmas: dilemmas.map((d) => (d.id === CARERS ? { ...d, ...change } : d)),
      }).sections[1]?.heading;
    expect(headingOf({ text: long, kop: null })).toBe('Vraag 2');
    expect(headingOf({ text: long, kop: 'Open deuren en bange mantelzorgers' })).toBe(
      'Vraag 2: Open deuren en bange mantelzorgers',
    );
    expect(headingOf({ text: long, kop: null })?.endsWith('…')).toBe(false);
  });

  it("takes over the run's quotable closing-round reactions, and only those", () => {
    const said = (n: number, consent: 'private' | 'shareable_anonymised' | 'quotable') => ({
      type: 'addReaction' as const,
      id: uuid(820 + n),
      text: `Reactie ${n}`,
      consent,
    });
    const run = replayProtocol(finishedRun(), [
      said(1, 'quotable'),
      said(2, 'private'),
      said(3, 'shareable_anonymised'),
      said(4, 'quotable'),
    ]);
    expect(run.lastRejection).toBeNull();
    const report = draftReport({ ...base(), run });
    expect(report.reactions).toEqual([
      { id: uuid(821), text: 'Reactie 1', authorId: null, consent: 'quotable' },
      { id: uuid(824), text: 'Reactie 4', authorId: null, consent: 'quotable' },
    ]);
    expect(Report.parse(report)).toEqual(report);
  });

  it('falls back to the run date of `now` and keeps the date in a long slug', () => {
    const created = createProtocol({ sessionId: uuid(100) });
    if (!created.ok) throw new Error('setup');
    const report = draftReport({
      run: created.value,
      dilemmas: [],
      sessionTitle:
        'Vrijheid en veiligheid voor het levensgeluk van cliënten in de thuissituatie (Wet zorg en dwang)',
      now: '2025-04-07T22:30:00.000Z', // 8 April in Amsterdam
      reportId: uuid(900),
    });
    expect(report.slug.endsWith('-2025-04-08')).toBe(true);
    expect(report.slug.length).toBeLessThanOrEqual(80);
    expect(report.sections).toEqual([]);
    expect(Report.parse(report)).toEqual(report);
  });
});
