import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { REPORT_ID } from '../seed/demo-report.js';
import { keywordId, themeId } from '../seed/demo-taxonomy.js';
import { seedDemoData } from '../seed/seed.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { listReportTips } from './report-tip.repository.js';
import { findReportById, updateReport } from './report.repository.js';

const NOW = new Date('2029-01-15T10:00:00.000Z');

// Words of each tip of 3 March 2025 the issue names, in the seed's own wording.
const MARCH_TIPS = [
  'Open, tenzij',
  'mdo (multidisciplinair overleg) vooraf met familie',
  'gps-oplossingen',
  'flyeren',
  'Een fiets voor het team',
  'De snackbar en de supermarkt',
  'Koppel vrijwilligers',
  'zebrapad',
  'looproutes maken, met bankjes',
  'Weet wie iemand is',
];

describe.each(databaseKindsUnderTest())('the tips bank on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoData(handle.db, { now: NOW });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('lists every tip and take-away of the 3 March 2025 report, with its report and session', async () => {
    const { tips, total } = await listReportTips(handle.db, { limit: 50 });
    const march = tips.filter((tip) => tip.reportId === REPORT_ID);
    for (const words of MARCH_TIPS)
      expect(
        march.map((tip) => tip.text).some((text) => text.includes(words)),
        words,
      ).toBe(true);
    expect(march.filter((tip) => tip.kind === 'takeAway').map((tip) => tip.text)).toContain(
      'Vooraf met familie afspraken maken in het mdo.',
    );
    expect(march.some((tip) => tip.kind === 'general')).toBe(true);
    const bicycle = march.find((tip) => tip.text.startsWith('Een fiets voor het team'));
    expect(bicycle).toMatchObject({
      kind: 'tip',
      reportSlug: 'korte-jamsessies-vrijheid-smaken-naar-meer',
      sessionStartsAt: '2025-03-03T12:00:00.000Z',
      parts: [{ text: bicycle?.text, match: false }],
    });
    expect(bicycle?.sectionHeading).toContain('op te pikken');
    expect(bicycle?.themeIds).toContain(themeId('zorgzame-gemeenschappen'));
    expect(new Set(tips.map((tip) => tip.id)).size).toBe(tips.length);
    expect(total).toBe(tips.length);
  });

  it('finds a tip by another form of its words ("fietsen" finds "fiets"), the match marked', async () => {
    const { tips, total } = await listReportTips(handle.db, { query: 'fietsen', limit: 10 });
    expect(total).toBe(1);
    expect(tips[0]?.text).toMatch(/^Een fiets voor het team/);
    expect(tips[0]?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['fiets']);
    expect(tips[0]?.parts.map((p) => p.text).join('')).toBe(tips[0]?.text);
    const benches = await listReportTips(handle.db, { query: 'bankje', limit: 10 });
    expect(benches.tips.map((tip) => tip.text)).toEqual([
      'Laat ergo- en fysiotherapeuten looproutes maken, met bankjes onderweg.',
    ]);
  });

  it('filters by the report’s theme and keyword', async () => {
    const all = (await listReportTips(handle.db, { limit: 50 })).total;
    const tagged = await listReportTips(handle.db, {
      themeId: themeId('zorgzame-gemeenschappen'),
      keywordId: keywordId('Vrijwilligers'),
      limit: 50,
    });
    expect(tagged.total).toBeGreaterThan(0);
    expect(tagged.tips.every((tip) => tip.reportId === REPORT_ID)).toBe(true);
    const none = await listReportTips(handle.db, { themeId: themeId('open-deuren'), limit: 50 });
    expect(none.total).toBeLessThan(all);
  });

  it('a report that is unpublished takes its tips with it, and brings them back when published', async () => {
    const report = (await findReportById(handle.db, REPORT_ID))!;
    const draft = await updateReport(handle.db, { ...report, status: 'draft', publishedAt: null });
    expect(draft.ok).toBe(true);
    expect((await listReportTips(handle.db, { query: 'zebrapad', limit: 10 })).total).toBe(0);
    expect(
      (await listReportTips(handle.db, { limit: 50 })).tips.some((t) => t.reportId === REPORT_ID),
    ).toBe(false);
    if (!draft.ok) return;
    await updateReport(handle.db, {
      ...draft.value,
      status: 'published',
      publishedAt: report.publishedAt,
    });
    expect((await listReportTips(handle.db, { query: 'zebrapad', limit: 10 })).total).toBe(1);
  });
});
