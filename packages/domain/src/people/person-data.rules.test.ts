import { describe, expect, it } from 'vitest';
import type { Dilemma } from '../dilemma/dilemma.schema.js';
import { createProtocol } from '../protocol/protocol.create.js';
import { replayProtocol } from '../protocol/protocol.reducer.js';
import { Report } from '../report/report.schema.js';
import type { ConsentRecord } from './consent.schema.js';
import { erasePerson } from './person-erasure.rules.js';
import { exportPersonData } from './person-export.rules.js';
import { ERASED_NAME, Person } from './person.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [NOOR, BRAM, D1, D2, R1, R2] = [uuid(1), uuid(2), uuid(10), uuid(11), uuid(20), uuid(21)];
const at = '2025-03-03T12:50:00.000Z';

const noor = Person.parse({
  id: NOOR,
  displayName: 'Noor Visser',
  email: 'Noor@Zorg.example',
  organisationId: uuid(30),
  isLocMember: false,
  version: 1,
});

const dilemma = (id: string, ownerId: string, ownerName: string, text: string): Dilemma => ({
  id,
  kop: null,
  sessionId: uuid(100),
  ownerId,
  ownerName,
  text,
  followUpQuestions: ['Wie haalt op?'],
  status: 'discussed',
  consent: 'quotable',
  position: 0,
  submittedAt: at,
  version: 2,
});
const dilemmas = [
  dilemma(D1, NOOR, 'Noor', 'Drie bewoners waren binnen twee uur weg, wie haalt ze op?'),
  dilemma(D2, BRAM, 'Bram', 'Noor vertelde over open deuren; hoe doen jullie dat met familie?'),
];
const records: ConsentRecord[] = [
  {
    id: uuid(40),
    personId: NOOR,
    subject: 'dilemma',
    subjectId: D1,
    level: 'quotable',
    at,
    by: null,
  },
  {
    id: uuid(41),
    personId: NOOR,
    subject: 'reaction',
    subjectId: R1,
    level: 'private',
    at,
    by: null,
  },
  {
    id: uuid(42),
    personId: NOOR,
    subject: 'contact_sharing',
    subjectId: null,
    granted: true,
    at,
    by: uuid(3),
  },
  {
    id: uuid(43),
    personId: BRAM,
    subject: 'contact_sharing',
    subjectId: null,
    granted: true,
    at,
    by: null,
  },
];
const report = Report.parse({
  id: uuid(900),
  sessionId: uuid(100),
  slug: 'verslag',
  title: 'Verslag',
  intro: '',
  sections: [
    {
      dilemmaId: D1,
      heading: 'Vraag 1',
      summary: '',
      tips: [],
      takeAways: [],
      dilemmaText: dilemmas[0]!.text,
      dilemmaConsent: 'quotable',
      quote: { text: 'Waar denk je dat hij was?', authorId: NOOR, consent: 'quotable' },
    },
    { dilemmaId: D2, heading: 'Vraag 2', summary: '', tips: [], takeAways: [], quote: null },
  ],
  tips: [],
  reactions: [
    { id: R1, text: 'Heel waardevol!', authorId: NOOR, consent: 'quotable' },
    { id: R2, text: 'Kostbaar!', authorId: BRAM, consent: 'quotable' },
  ],
  themeIds: [],
  keywordIds: [],
  attachments: [],
  status: 'draft',
  publishedAt: null,
  version: 1,
});

describe('exportPersonData', () => {
  it("holds the person's own data only, as plain JSON with Dutch labels", () => {
    const data = exportPersonData(noor, {
      organisationName: 'Zorggroep De Linde',
      consentRecords: records,
      dilemmas,
      reports: [report],
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.person).toEqual({
      id: NOOR,
      displayName: 'Noor Visser',
      email: 'noor@zorg.example',
      organisationId: uuid(30),
      organisation: 'Zorggroep De Linde',
      isLocMember: false,
    });
    expect(data.consents.map((c) => [c.subjectLabel, c.levelLabel, c.granted, c.by])).toEqual([
      ['vraag of dilemma', 'te citeren', null, null],
      ['reactie', 'privé', null, null],
      ['contactgegevens delen', null, true, uuid(3)],
    ]);
    expect(data.dilemmas.map((d) => d.id)).toEqual([D1]);
    expect(data.reactions).toEqual([
      {
        reportId: uuid(900),
        reportTitle: 'Verslag',
        id: R1,
        text: 'Heel waardevol!',
        consent: 'quotable',
      },
    ]);
    expect(data.quotes.map((q) => [q.dilemmaId, q.text])).toEqual([
      [D1, 'Waar denk je dat hij was?'],
    ]);
    expect(JSON.stringify(data)).not.toContain('Kostbaar');
  });
  it('works with nothing related', () => {
    expect(exportPersonData(noor)).toMatchObject({
      consents: [],
      dilemmas: [],
      reactions: [],
      quotes: [],
    });
  });
});

describe('erasePerson', () => {
  const created = createProtocol({ sessionId: uuid(100) });
  if (!created.ok) throw new Error('setup');
  const run = replayProtocol(created.value, [
    { type: 'addDilemma', dilemma: { dilemmaId: D1, ownerName: 'Noor', title: 'Bewoners buiten' } },
    { type: 'addDilemma', dilemma: { dilemmaId: D2, ownerName: 'Bram', title: 'Familie' } },
    { type: 'choose', dilemmaIds: [D1] },
    { type: 'start', at },
    {
      type: 'addNote',
      id: uuid(60),
      dilemmaId: D1,
      step: 2,
      kind: 'tip',
      text: 'Vraag Noor Visser naar haar flyer.',
    },
  ]);
  const plan = erasePerson(noor, {
    consentRecords: records,
    dilemmas,
    reports: [report],
    protocols: [run],
  });

  it('deletes the person and their consent records only', () => {
    expect(plan.personId).toBe(NOOR);
    expect(plan.consentRecordIds).toEqual([uuid(40), uuid(41), uuid(42)]);
  });

  it('keeps their dilemma text but drops the reference and the name', () => {
    expect(plan.dilemmas).toEqual([{ ...dilemmas[0], ownerId: null, ownerName: ERASED_NAME }]);
  });

  it('keeps report texts, nulls their author references, and freezes the last recorded consent', () => {
    expect(plan.reports).toHaveLength(1);
    const [erased] = plan.reports;
    expect(erased?.reactions).toEqual([
      { id: R1, text: 'Heel waardevol!', authorId: null, consent: 'private' }, // withdrawal kept
      report.reactions[1],
    ]);
    expect(erased?.sections[0]?.quote).toEqual({
      text: 'Waar denk je dat hij was?',
      authorId: null,
      dilemmaId: null,
      consent: 'quotable',
    });
    expect(erased?.sections[0]?.dilemmaText).toBe(dilemmas[0]!.text);
    expect(erased?.sections[1]).toEqual(report.sections[1]);
    expect(JSON.stringify(plan.reports)).not.toContain(NOOR);
  });

  it("replaces the name in runs' references to their dilemmas, not others'", () => {
    expect(plan.protocols[0]?.dilemmas.map((d) => d.ownerName)).toEqual([ERASED_NAME, 'Bram']);
  });

  it('lists free texts that still mention the name', () => {
    expect(plan.textsToCheck.map((x) => [x.kind, x.id])).toEqual([
      ['dilemma', D2],
      ['protocol_note', uuid(60)],
    ]);
  });

  it('changes nothing for someone without related data', () => {
    const other = { ...noor, id: uuid(5), displayName: 'Sem' };
    expect(
      erasePerson(other, {
        consentRecords: records,
        dilemmas,
        reports: [report],
        protocols: [run],
      }),
    ).toEqual({
      personId: uuid(5),
      consentRecordIds: [],
      dilemmas: [],
      reports: [],
      protocols: [],
      textsToCheck: [],
    });
  });
});
