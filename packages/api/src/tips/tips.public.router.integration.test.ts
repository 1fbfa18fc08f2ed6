import {
  DEMO_MEETING_LINK,
  REPORT_ID,
  databaseKindsUnderTest,
  type DatabaseHandle,
} from '@jamsessie/db';
import { REDACTED_LINK } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCoordinator, callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

const REPORT_SLUG = 'korte-jamsessies-vrijheid-smaken-naar-meer';
const textOf = (tip: { parts: { text: string }[] }) => tip.parts.map((p) => p.text).join('');

describe.each(databaseKindsUnderTest())('the tips bank on %s', (kind) => {
  let handle: DatabaseHandle;
  let visitor: ReturnType<typeof callerFor>;
  let coordinator: ReturnType<typeof callerFor>;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    visitor = callerFor(handle.db);
    coordinator = callerFor(handle.db, { user: aCoordinator() });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists the tips of the 3 March 2025 report, each with its report and session date', async () => {
    const page = await visitor.tips.list({ pageSize: 50 });
    const texts = page.items.map(textOf);
    for (const words of ['Open, tenzij', 'gps', 'flyeren', 'fiets', 'zebrapad', 'bankjes'])
      expect(
        texts.some((text) => text.includes(words)),
        words,
      ).toBe(true);
    expect(page.items[0]).toMatchObject({
      report: { slug: REPORT_SLUG },
      sessionStartsAt: '2025-03-03T12:00:00.000Z',
    });
    expect(page.items[0]?.report.title).toMatch(/^Korte Jamsessies/);
    expect(page.total).toBe(page.items.length);
  });

  it('searches in Dutch with word forms and filters by theme and keyword', async () => {
    const bicycle = await visitor.tips.list({ q: 'fietsen' });
    expect(bicycle.items).toHaveLength(1);
    expect(textOf(bicycle.items[0]!)).toMatch(/^Een fiets voor het team/);
    expect(bicycle.items[0]?.parts.find((p) => p.match)?.text).toBe('fiets');
    expect((await visitor.tips.list({ q: 'vrijwilliger' })).total).toBe(1);
    expect((await visitor.tips.list({ q: 'ruimtevaart' })).total).toBe(0);
    const all = (await visitor.tips.list()).total;
    expect((await visitor.tips.list({ theme: 'zorgzame-gemeenschappen' })).total).toBe(all);
    expect((await visitor.tips.list({ theme: 'open-deuren' })).total).toBe(0);
    expect((await visitor.tips.list({ keyword: 'winkeliers', q: 'snackbar' })).total).toBe(1);
    expect((await visitor.tips.list({ keyword: 'bestaat-niet' })).total).toBe(0);
  });

  it('never shows a meeting link planted in a tip, nor finds a tip by it', async () => {
    const report = await handle.db
      .selectFrom('report')
      .select('tips')
      .where('id', '=', REPORT_ID)
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('report')
      .set({
        tips: JSON.stringify([...report.tips, `Vraag de link: ${DEMO_MEETING_LINK} bij ons.`]),
      })
      .where('id', '=', REPORT_ID)
      .execute();
    const page = await visitor.tips.list({ q: 'link' });
    expect(page.total).toBe(1);
    expect(JSON.stringify(page)).not.toContain(new URL(DEMO_MEETING_LINK).host);
    expect(textOf(page.items[0]!)).toContain(REDACTED_LINK);
    expect((await visitor.tips.list({ q: DEMO_MEETING_LINK })).total).toBe(0);
  });

  it('shows a report’s published revision only, and loses its tips when it is unpublished', async () => {
    const { report } = await coordinator.admin.reports.get({ id: REPORT_ID });
    const working = await coordinator.admin.reports.update({
      id: report.id,
      version: report.version,
      tips: [...report.tips, 'Een nieuwe tip over een kruispunt.'],
    });
    expect((await visitor.tips.list({ q: 'kruispunt' })).total).toBe(0);
    await coordinator.admin.reports.unpublish({ id: report.id, version: working.version });
    expect((await visitor.tips.list()).items.map((t) => t.report.slug)).not.toContain(REPORT_SLUG);
    expect((await visitor.tips.list({ q: 'zebrapad' })).total).toBe(0);
  });
});
