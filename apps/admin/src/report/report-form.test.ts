import type { Report } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { isDirty, reportDraftOf, reportUpdateOf } from './report-form';

const dilemmaId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const personId = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const report: Report = {
  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  sessionId: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  slug: 'verslag-jamsessie-2026-12-07',
  title: 'Jamsessie',
  intro: '',
  sections: [
    {
      dilemmaId,
      heading: 'Vraag 1',
      summary: '',
      tips: ['Open, tenzij.', 'Gps als familie ver weg woont.'],
      takeAways: ['Afspraken in het mdo.'],
      quote: null,
      dilemmaText: null,
      dilemmaConsent: 'private',
    },
  ],
  tips: [],
  reactions: [],
  themeIds: [],
  keywordIds: [],
  attachments: [],
  status: 'draft',
  publishedAt: null,
  version: 3,
};

describe('report form', () => {
  it('shows lists as lines and sends them back as lists', () => {
    const draft = reportDraftOf(report);
    expect(draft.sections[0]?.tips).toBe('Open, tenzij.\nGps als familie ver weg woont.');
    const section = draft.sections[0];
    if (!section) throw new Error('fixture');
    section.tips = 'Open, tenzij.\n\n  Een teamfiets  ';
    const update = reportUpdateOf(report, draft);
    expect(update.version).toBe(3);
    expect(update.sections?.[0]?.tips).toEqual(['Open, tenzij.', 'Een teamfiets']);
  });

  it('starts a new quote as private, so it needs recorded consent to be published', () => {
    const draft = reportDraftOf(report);
    const section = draft.sections[0];
    if (!section) throw new Error('fixture');
    section.quoteText = 'Waar denk je dat hij was?';
    section.quoteAuthorId = personId;
    expect(reportUpdateOf(report, draft).sections?.[0]?.quote).toEqual({
      text: 'Waar denk je dat hij was?',
      authorId: personId,
      dilemmaId,
      consent: 'private',
    });
  });

  it('proposes the dilemma’s owner as the author of a new quote', () => {
    const draft = reportDraftOf(report, (id) => (id === dilemmaId ? personId : null));
    expect(draft.sections[0]?.quoteAuthorId).toBe(personId);
    expect(reportUpdateOf(report, draft).sections?.[0]?.quote).toBeNull();
  });

  it('drops empty reactions and knows when something changed', () => {
    const draft = reportDraftOf(report);
    expect(isDirty(report, draft)).toBe(false);
    draft.reactions.push({
      id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
      text: ' ',
      consent: 'quotable',
    });
    expect(isDirty(report, draft)).toBe(true);
    expect(reportUpdateOf(report, draft).reactions).toEqual([]);
  });

  it('lets the editor reword the dilemma block, and leaves a hidden one out', () => {
    const shown: Report = {
      ...report,
      sections: report.sections.map((s) => ({
        ...s,
        dilemmaText: 'Mevrouw De Vries op kamer 12 wil naar de markt.',
        dilemmaConsent: 'quotable',
      })),
    };
    const draft = reportDraftOf(shown);
    draft.sections[0]!.dilemmaText = '  Een bewoonster wil naar de markt. ';
    expect(isDirty(shown, draft)).toBe(true);
    expect(reportUpdateOf(shown, draft).sections?.[0]?.dilemmaText).toBe(
      'Een bewoonster wil naar de markt.',
    );
    expect(reportUpdateOf(report, reportDraftOf(report)).sections?.[0]?.dilemmaText).toBeNull();
  });
});
