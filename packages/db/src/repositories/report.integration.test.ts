import { randomUUID } from 'node:crypto';
import type { Report, ReportSection } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aDilemma, aReport, aSession, aTheme } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { insertDilemma } from './dilemma.repository.js';
import { searchReports } from './report-search.repository.js';
import {
  countReports,
  findReportBySlug,
  insertReport,
  listReports,
  listReportsOfSession,
  updateReport,
} from './report.repository.js';
import { insertSession } from './session.repository.js';
import { insertKeyword, insertTheme } from './taxonomy.repository.js';

describe.each(databaseKindsUnderTest())('reports and their search on %s', (kind) => {
  let handle: DatabaseHandle;
  const session = aSession('2025-03-03T12:00:00.000Z');
  const dilemma = aDilemma(session.id);
  const theme = aTheme({ label: 'Open deuren' });
  const keyword = { id: randomUUID(), slug: 'naasten', label: 'Naasten' };
  const section: ReportSection = {
    dilemmaId: dilemma.id,
    heading: 'Bewoners buiten het hek',
    summary: 'Afspraken met familie in het mdo over wie een bewoner ophaalt.',
    tips: ['Een teamfiets voor korte ritjes.'],
    takeAways: ['Gps waar familie ver weg woont.'],
    quote: {
      text: 'Het geheimwoord is zuurstok.',
      authorId: null,
      dilemmaId: null,
      consent: 'private',
    },
    dilemmaText: null,
    dilemmaConsent: 'private',
  };
  let doors: Report;
  let home: Report;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertSession(handle.db, session);
    await insertDilemma(handle.db, dilemma);
    await insertTheme(handle.db, theme);
    await insertKeyword(handle.db, keyword);
    doors = aReport(session.id, {
      title: 'Korte Jamsessies over de open deur smaken naar meer',
      intro:
        'Zelfs de carnavalsdagen hielden niemand tegen. Wij werken met het principe open, tenzij.',
      sections: [section],
      tips: ['Flyers in de buurt.'],
      themeIds: [theme.id],
      keywordIds: [keyword.id],
      reactions: [
        { id: randomUUID(), text: 'Heel waardevol!', authorId: null, consent: 'quotable' },
      ],
      attachments: [{ title: 'Schema 2025', url: 'https://example.org/schema.pdf' }],
    });
    home = aReport(session.id, {
      title: 'Vrijheid in de thuissituatie',
      intro: 'Over mantelzorgers en de Wet zorg en dwang thuis.',
    });
  });
  afterAll(() => handle.close());

  it('round-trips a report with sections, reactions and tags', async () => {
    expect(await insertReport(handle.db, doors)).toEqual({ ok: true, value: doors });
    expect(await insertReport(handle.db, home)).toEqual({ ok: true, value: home });
    expect(await findReportBySlug(handle.db, doors.slug)).toEqual(doors);
    expect((await listReportsOfSession(handle.db, session.id)).map((r) => r.id)).toEqual([
      doors.id,
      home.id,
    ]);
  });

  it('publishes by version and refuses a stale save', async () => {
    const published = {
      ...doors,
      status: 'published' as const,
      publishedAt: '2025-03-24T09:00:00.000Z',
    };
    expect(await updateReport(handle.db, published)).toEqual({
      ok: true,
      value: { ...published, version: 2 },
    });
    const stale = await updateReport(handle.db, { ...doors, title: 'Oud' });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT.STALE_VERSION');
    doors = { ...published, version: 2 };
    const homePublished = {
      ...home,
      status: 'published' as const,
      publishedAt: '2025-04-20T09:00:00.000Z',
    };
    expect((await updateReport(handle.db, homePublished)).ok).toBe(true);
  });

  it('lists and counts by status and tag', async () => {
    const published = await listReports(handle.db, { status: 'published' }, { limit: 10 });
    expect(published.map((r) => r.id)).toEqual([home.id, doors.id]);
    expect(
      (await listReports(handle.db, { themeId: theme.id }, { limit: 10 })).map((r) => r.id),
    ).toEqual([doors.id]);
    expect(await countReports(handle.db, { keywordId: keyword.id })).toBe(1);
    expect(await countReports(handle.db, { status: 'draft' })).toBe(0);
    expect(
      (await listReports(handle.db, { status: 'published' }, { limit: 1, offset: 1 })).map(
        (r) => r.id,
      ),
    ).toEqual([doors.id]);
  });

  it('finds "open deur" when searching "deuren" (Dutch stemming), ranked and paged', async () => {
    const result = await searchReports(handle.db, { query: 'deuren', limit: 10 });
    expect(result.total).toBe(1);
    expect(result.hits.map((h) => h.id)).toEqual([doors.id]);
    expect(result.hits[0]).toMatchObject({
      slug: doors.slug,
      themeIds: [theme.id],
      keywordIds: [keyword.id],
    });
    expect(result.hits[0]?.rank).toBeGreaterThan(0);

    expect(
      (await searchReports(handle.db, { query: 'mantelzorger', limit: 10 })).hits.map((h) => h.id),
    ).toEqual([home.id]);
    expect((await searchReports(handle.db, { query: 'teamfiets', limit: 10 })).total).toBe(1);
    expect((await searchReports(handle.db, { query: 'gps', limit: 10 })).total).toBe(1);
    const either = await searchReports(handle.db, { query: 'deur or thuissituatie', limit: 1 });
    expect(either.total).toBe(2);
    expect(either.hits).toHaveLength(1);
    expect((await searchReports(handle.db, { query: 'deur -tenzij', limit: 10 })).total).toBe(0);
  });

  it('never searches quotes, drafts or an empty query', async () => {
    expect((await searchReports(handle.db, { query: 'zuurstok', limit: 10 })).total).toBe(0);
    expect((await searchReports(handle.db, { query: '   ', limit: 10 })).total).toBe(0);
    const draft = aReport(session.id, { title: 'Concept over open deuren' });
    await insertReport(handle.db, draft);
    expect((await searchReports(handle.db, { query: 'deuren', limit: 10 })).total).toBe(1);
    const drafts = await searchReports(handle.db, { query: 'deuren', status: 'draft', limit: 10 });
    expect(drafts.hits.map((h) => h.id)).toEqual([draft.id]);
  });

  it('indexes no links or e-mail addresses, so a search cannot confirm a pasted meeting link', async () => {
    const pasted = aReport(session.id, {
      title: 'Verslag met een geplakte link',
      status: 'published',
      publishedAt: '2025-05-01T09:00:00.000Z',
      intro:
        'Doe mee via https://zoom.us/j/98765?pwd=geheim of vraag het aan planning@zorgkoepel.nl, zei de wijkverpleegkundige.',
    });
    expect((await insertReport(handle.db, pasted)).ok).toBe(true);
    expect(
      (await searchReports(handle.db, { query: 'wijkverpleegkundige', limit: 10 })).total,
    ).toBe(1);
    for (const probe of [
      'zoom.us',
      'zoom',
      'https://zoom.us/j/98765?pwd=geheim',
      '98765',
      'geheim',
      'planning@zorgkoepel.nl',
      'zorgkoepel.nl',
    ]) {
      expect((await searchReports(handle.db, { query: probe, limit: 10 })).total, probe).toBe(0);
    }
  });
});
