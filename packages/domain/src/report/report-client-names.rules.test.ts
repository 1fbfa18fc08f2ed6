import { describe, expect, it } from 'vitest';
import { clientNameHitKey } from '../dilemma/client-name-fields.rules.js';
import type { ConsentLookup } from '../people/consent.rules.js';
import { reportClientNameHits, reportPublicTextFields } from './report-client-names.rules.js';
import { publicReport } from './report-public.js';
import { publishReport } from './report-publish.rules.js';
import { Report } from './report.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NAMED = 'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt.';
const nothingRecorded: ConsentLookup = () => undefined;

function report(dilemmaText: string, consent: 'private' | 'quotable' = 'quotable'): Report {
  return Report.parse({
    id: uuid(900),
    sessionId: uuid(100),
    slug: 'verslag-jamsessie-2025-03-03',
    title: 'Verslag',
    intro: 'Een mooie groep.',
    sections: [
      {
        dilemmaId: uuid(1),
        heading: 'Vraag 1: Alleen naar de markt',
        summary: '',
        tips: ['Loop eens mee.'],
        takeAways: [],
        quote: null,
        dilemmaText,
        dilemmaConsent: consent,
      },
    ],
    tips: [],
    reactions: [{ id: uuid(10), text: 'Fijn!', authorId: null, consent: 'quotable' }],
    themeIds: [],
    keywordIds: [],
    attachments: [{ title: 'Schema', url: 'https://example.org/dilemma-kamer-12.pdf' }],
    status: 'draft',
    publishedAt: null,
    version: 1,
  });
}

describe('reportPublicTextFields', () => {
  it('walks every text of the public projection, but no ids or urls', () => {
    const fields = reportPublicTextFields(publicReport(report(NAMED), { preview: true })!);
    expect(fields.map((f) => f.field)).toEqual([
      'title',
      'intro',
      'sections.0.heading',
      'sections.0.summary',
      'sections.0.tips.0',
      'sections.0.dilemmaText',
      'reactions.0.text',
      'attachments.0.title',
    ]);
    expect(fields.find((f) => f.field === 'sections.0.dilemmaText')?.label).toBe(
      'Vraag 1, tekst van de vraag',
    );
  });
});

describe('reportClientNameHits and publishing', () => {
  it('finds the client in the dilemma block', () => {
    const hits = reportClientNameHits(report(NAMED));
    expect(hits.map((h) => [h.field, h.kind, h.match])).toEqual([
      ['sections.0.dilemmaText', 'title_and_name', 'Mevrouw De Vries'],
      ['sections.0.dilemmaText', 'room_number', 'kamer 12'],
    ]);
  });

  it('does not check text the public would not see (no consent)', () => {
    expect(reportClientNameHits(report(NAMED, 'private'))).toEqual([]);
  });

  it('refuses to publish with a Dutch message listing each hit', () => {
    const r = publishReport(report(NAMED), nothingRecorded, '2025-03-24T09:00:00.000Z');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REPORT.CLIENT_NAMES');
    expect(r.error.message).toContain(
      'Vraag 1, tekst van de vraag: naam met aanspreekvorm „Mevrouw De Vries”',
    );
    expect(r.error.message).toContain('Vraag 1, tekst van de vraag: kamernummer „kamer 12”');
  });

  it('publishes once each hit is edited out or marked "geen cliëntgegeven"', () => {
    const edited = report('Een bewoonster wil elke dag alleen naar de markt.');
    expect(publishReport(edited, nothingRecorded, '2025-03-24T09:00:00.000Z').ok).toBe(true);
    const cleared = new Set(
      reportClientNameHits(report(NAMED)).map((h) => clientNameHitKey(h.field, h.kind, h.match)),
    );
    const r = publishReport(report(NAMED), nothingRecorded, '2025-03-24T09:00:00.000Z', cleared);
    expect(r.ok && r.value.status).toBe('published');
  });
});
