import { describe, expect, it } from 'vitest';
import { consentLookupFrom, type ConsentLookup } from '../people/consent.rules.js';
import type { ConsentRecord } from '../people/consent.schema.js';
import { reportConsentGaps } from './report-consent.rules.js';
import { publicReport } from './report-public.js';
import { publishReport } from './report-publish.rules.js';
import { PublicReport } from './report-public.js';
import { Report } from './report.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [D1, D2, R1, R2, AUTHOR, NOW] = [
  uuid(1),
  uuid(2),
  uuid(10),
  uuid(11),
  uuid(20),
  '2025-03-24T09:00:00.000Z',
];
const nothingRecorded: ConsentLookup = () => undefined;

function report(overrides: Partial<Report> = {}): Report {
  return Report.parse({
    id: uuid(900),
    sessionId: uuid(100),
    slug: 'verslag-jamsessie-open-deuren-2025-03-03',
    title: 'Korte Jamsessies smaken naar meer',
    intro: 'Een mooie groep deelnemers zat klaar.',
    sections: [
      {
        dilemmaId: D1,
        heading: 'Vraag 1',
        summary: 'Over bewoners buiten het hek.',
        tips: ['Open, tenzij.'],
        takeAways: [],
        quote: {
          text: 'Waar denk je dat hij was? In dat straatje.',
          authorId: AUTHOR,
          consent: 'quotable',
        },
        dilemmaText: null,
        dilemmaConsent: 'private',
      },
      {
        dilemmaId: D2,
        heading: 'Vraag 2: weerstand van mantelzorgers',
        summary: '',
        tips: [],
        takeAways: [],
        quote: null,
        dilemmaText: 'Hoe ga je om met weerstand van mantelzorgers bij open deuren?',
        dilemmaConsent: 'shareable_anonymised',
      },
    ],
    tips: ['Deel de uitnodiging op intranet.'],
    reactions: [
      {
        id: R1,
        text: 'Heel waardevol wat je elkaar mee kan geven!',
        authorId: AUTHOR,
        consent: 'quotable',
      },
      {
        id: R2,
        text: 'Echt mooi hoe we zo met elkaar kunnen praten, kostbaar!',
        authorId: null,
        consent: 'quotable',
      },
    ],
    themeIds: [],
    keywordIds: [],
    attachments: [
      { title: 'Jamsessies VVLG 2025', url: 'https://radicalevernieuwing.nl/schema.pdf' },
    ],
    status: 'draft',
    publishedAt: null,
    version: 3,
    ...overrides,
  });
}

const record = (
  n: number,
  subject: 'dilemma' | 'quote' | 'reaction',
  subjectId: string,
  level: 'private' | 'quotable',
  personId = AUTHOR,
): ConsentRecord => ({
  id: uuid(600 + n),
  personId,
  subject,
  subjectId,
  level,
  at: '2025-03-20T10:00:00.000Z',
  by: null,
});

describe('publishReport', () => {
  it('publishes a fully consented draft at `now`', () => {
    const r = publishReport(report(), nothingRecorded, NOW);
    expect(r.ok && r.value).toEqual({ ...report(), status: 'published', publishedAt: NOW });
  });

  it('refuses twice', () => {
    const published = report({ status: 'published', publishedAt: NOW });
    const r = publishReport(published, nothingRecorded, NOW);
    expect(!r.ok && r.error.code).toBe('REPORT.ALREADY_PUBLISHED');
  });

  it('names a reaction without quotable consent', () => {
    const draft = report({
      reactions: [
        {
          id: R1,
          text: 'Heel waardevol wat je elkaar mee kan geven!',
          authorId: AUTHOR,
          consent: 'shareable_anonymised',
        },
      ],
    });
    const r = publishReport(draft, nothingRecorded, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REPORT.CONSENT_MISSING');
    expect(r.error.details?.missing).toEqual([
      {
        kind: 'reaction',
        id: R1,
        excerpt: 'Heel waardevol wat je elkaar mee kan geven!',
        needed: 'quotable',
        current: 'shareable_anonymised',
      },
    ]);
    expect(r.error.message).toBe(
      'Publiceren kan nog niet: er ontbreekt toestemming voor 1 onderdeel: de reactie „Heel waardevol wat je elkaar mee kan geven!” (nu: anoniem te delen, nodig: te citeren). Vraag toestemming of haal deze onderdelen weg.',
    );
  });

  it('names a quote whose author withdrew, and dilemma text without consent', () => {
    const lookup = consentLookupFrom([
      record(1, 'quote', D1, 'private'),
      record(2, 'dilemma', D2, 'private', uuid(21)),
    ]);
    const r = publishReport(report(), lookup, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details?.missing).toEqual([
      {
        kind: 'quote',
        id: D1,
        excerpt: 'Waar denk je dat hij was? In dat straatje.',
        needed: 'quotable',
        current: 'private',
      },
      {
        kind: 'dilemma',
        id: D2,
        excerpt: 'Vraag 2: weerstand van mantelzorgers',
        needed: 'shareable_anonymised',
        current: 'private',
      },
    ]);
    expect(r.error.message).toContain('2 onderdelen');
    expect(r.error.message).toContain(
      'het citaat „Waar denk je dat hij was? In dat straatje.” in „Vraag 1”',
    );
    expect(r.error.message).toContain(
      'de tekst van de vraag in sectie „Vraag 2: weerstand van mantelzorgers”',
    );
  });

  it('lets a recorded consent repair a stale copy and stores the refreshed level', () => {
    const draft = report({
      reactions: [{ id: R1, text: 'Heel waardevol!', authorId: AUTHOR, consent: 'private' }],
    });
    const lookup = consentLookupFrom([record(3, 'reaction', R1, 'quotable')]);
    const r = publishReport(draft, lookup, NOW);
    expect(r.ok && r.value.reactions[0]?.consent).toBe('quotable');
  });

  it('does not look up a quote without author: its own copy counts', () => {
    const sections = report().sections.map((s) =>
      s.quote ? { ...s, quote: { ...s.quote, authorId: null, consent: 'private' as const } } : s,
    );
    const lookup = consentLookupFrom([record(4, 'quote', D1, 'quotable')]);
    expect(reportConsentGaps(report({ sections }), lookup).map((g) => g.kind)).toEqual(['quote']);
  });

  it('allows a private dilemma when its text is not shown', () => {
    const sections = report().sections.map((s) => ({
      ...s,
      dilemmaConsent: 'private' as const,
      dilemmaText: null,
    }));
    expect(publishReport(report({ sections }), nothingRecorded, NOW).ok).toBe(true);
  });
});

describe('publicReport', () => {
  it('gives nothing for a draft unless a preview is asked', () => {
    expect(publicReport(report())).toBeNull();
    expect(publicReport(report(), { preview: true })?.title).toBe(
      'Korte Jamsessies smaken naar meer',
    );
  });

  it('contains only consented content and no person ids', () => {
    const published = report({
      status: 'published',
      publishedAt: NOW,
      sections: report().sections.map((s, i) =>
        i === 0
          ? {
              ...s,
              dilemmaText: 'Private tekst die niet naar buiten mag.',
              quote: s.quote && { ...s.quote, consent: 'shareable_anonymised' as const },
            }
          : s,
      ),
      reactions: [
        { id: R1, text: 'Mag geciteerd worden.', authorId: AUTHOR, consent: 'quotable' },
        { id: R2, text: 'Alleen voor de groep.', authorId: AUTHOR, consent: 'private' },
      ],
    });
    const pub = publicReport(published);
    expect(pub).not.toBeNull();
    expect(PublicReport.parse(pub)).toEqual(pub);
    expect(pub?.sections.map((s) => [s.dilemmaText, s.quote])).toEqual([
      [null, null],
      ['Hoe ga je om met weerstand van mantelzorgers bij open deuren?', null],
    ]);
    expect(pub?.reactions).toEqual([{ id: R1, text: 'Mag geciteerd worden.' }]);
    const json = JSON.stringify(pub);
    for (const hidden of [
      AUTHOR,
      'Private tekst',
      'Alleen voor de groep',
      'authorId',
      'consent',
      'version',
    ]) {
      expect(json).not.toContain(hidden);
    }
  });

  it('shows a quotable quote', () => {
    const pub = publicReport(report({ status: 'published', publishedAt: NOW }));
    expect(pub?.sections[0]?.quote).toEqual({ text: 'Waar denk je dat hij was? In dat straatje.' });
  });
});
