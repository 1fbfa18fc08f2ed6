import { describe, expect, it } from 'vitest';
import { consentLookupFrom } from '../people/consent.rules.js';
import type { ConsentRecord } from '../people/consent.schema.js';
import { consentItemStatus, reportConsentItems } from './report-consent-items.rules.js';
import { refreshReportConsents } from './report-consent.rules.js';
import type { Report } from './report.schema.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const [dilemmaId, reactionId, author, owner, reportId, sessionId] = [1, 2, 3, 4, 5, 6].map(id);
const QUOTE = 'Waar denk je dat hij was? In dat straatje.';

const report: Report = {
  id: reportId!,
  sessionId: sessionId!,
  slug: 'verslag',
  title: 'Verslag',
  intro: '',
  sections: [
    {
      dilemmaId: dilemmaId!,
      heading: 'Vraag 1',
      summary: '',
      tips: [],
      takeAways: [],
      quote: { text: QUOTE, authorId: author!, dilemmaId: null, consent: 'private' },
      dilemmaText: 'Wie haalt haar op?',
      dilemmaConsent: 'private',
    },
  ],
  tips: [],
  reactions: [{ id: reactionId!, text: 'Heel waardevol!', authorId: author!, consent: 'private' }],
  themeIds: [],
  keywordIds: [],
  attachments: [],
  status: 'published',
  publishedAt: '2025-03-24T09:00:00.000Z',
  version: 1,
};

const record = (
  n: number,
  at: string,
  level: 'private' | 'quotable',
  text: string | null,
): ConsentRecord => ({
  id: `10000000-0000-4000-8000-00000000000${n}`,
  personId: author!,
  subject: 'quote',
  subjectId: dilemmaId!,
  level,
  at,
  by: null,
  method: 'confirmed_email',
  text,
});

describe('consent for an exact text', () => {
  const items = reportConsentItems(report, (d) => (d === dilemmaId ? owner! : null));
  const quote = items.find((i) => i.kind === 'quote')!;

  it('lists the dilemma text, the quote and the reaction with their authors and needs', () => {
    expect(items.map((i) => [i.kind, i.authorId, i.needed])).toEqual([
      ['dilemma', owner, 'shareable_anonymised'],
      ['quote', author, 'quotable'],
      ['reaction', author, 'quotable'],
    ]);
  });

  it('lets an approval count for its own text only', () => {
    const records = [record(1, '2025-03-10T10:00:00.000Z', 'quotable', `  ${QUOTE}\n`)];
    const lookup = consentLookupFrom(records);
    expect(refreshReportConsents(report, lookup).sections[0]!.quote!.consent).toBe('quotable');
    const edited = {
      ...report,
      sections: [
        {
          ...report.sections[0]!,
          quote: { ...report.sections[0]!.quote!, text: `${QUOTE} Echt.` },
        },
      ],
    };
    expect(refreshReportConsents(edited, lookup).sections[0]!.quote!.consent).toBe('private');
    expect(consentItemStatus(quote, records, null)).toBe('given');
    expect(consentItemStatus({ ...quote, text: `${QUOTE} Echt.` }, records, null)).toBe(
      'text_changed',
    );
    expect(
      consentItemStatus({ ...quote, text: `${QUOTE} Echt.` }, records, '2025-03-11T10:00:00.000Z'),
    ).toBe('requested');
  });

  it('tells a withdrawal from a refusal and an open request from no request', () => {
    const given = record(1, '2025-03-10T10:00:00.000Z', 'quotable', QUOTE);
    const taken = record(2, '2025-03-12T10:00:00.000Z', 'private', null);
    expect(consentItemStatus(quote, [taken, given], null)).toBe('withdrawn');
    expect(consentItemStatus(quote, [taken], null)).toBe('refused');
    expect(consentItemStatus(quote, [], null)).toBe('not_asked');
    expect(consentItemStatus(quote, [], '2025-03-09T10:00:00.000Z')).toBe('requested');
    expect(consentItemStatus(quote, [taken], '2025-03-09T10:00:00.000Z')).toBe('refused');
    expect(
      refreshReportConsents(report, consentLookupFrom([given, taken])).sections[0]!.quote!.consent,
    ).toBe('private');
  });
});
