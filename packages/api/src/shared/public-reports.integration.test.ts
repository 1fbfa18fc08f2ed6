import {
  DEMO_MEETING_LINK,
  REPORT_ID,
  databaseKindsUnderTest,
  findReportById,
  type DatabaseHandle,
} from '@jamsessie/db';
import { REDACTED_LINK } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';
import { toPublicReports } from './public-reports.js';

/** A link override of the report's own session, pasted into the report by its editor. */
const SESSION_LINK = 'https://vergader.example/s/eigen-link-van-de-sessie';
const LINK_HOSTS = /zoom\.example|vergader\.example/;

describe.each(databaseKindsUnderTest())('public reports on %s', (kind) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof callerFor>;
  let slug: string;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    caller = callerFor(handle.db);
    const report = await handle.db
      .updateTable('report')
      .set({
        title: `Verslag (link: ${DEMO_MEETING_LINK})`,
        intro: `Zelfs via ${SESSION_LINK.replace('https://', '')} en ${DEMO_MEETING_LINK.toUpperCase()} praatten we over open deuren.`,
      })
      .where('id', '=', REPORT_ID)
      .returning(['slug', 'session_id'])
      .executeTakeFirstOrThrow();
    slug = report.slug;
    await handle.db
      .updateTable('session')
      .set({ meeting_link: SESSION_LINK })
      .where('id', '=', report.session_id)
      .execute();
  });
  afterAll(() => handle?.close());

  it('redacts the session and series links from every text, as the feed and the API show it', async () => {
    const [report] = await toPublicReports(handle.db, [
      (await findReportById(handle.db, REPORT_ID))!,
    ]);
    expect(report?.intro).toBe(
      `Zelfs via ${REDACTED_LINK} en ${REDACTED_LINK} praatten we over open deuren.`,
    );
    expect(report?.title).toBe(`Verslag (link: ${REDACTED_LINK})`);
    expect(JSON.stringify(report)).not.toMatch(LINK_HOSTS);
  });

  it('drops drafts', async () => {
    const report = (await findReportById(handle.db, REPORT_ID))!;
    expect(await toPublicReports(handle.db, [{ ...report, status: 'draft' }])).toEqual([]);
  });

  it('refreshes consents: a reaction withdrawn after publication is gone', async () => {
    const report = (await findReportById(handle.db, REPORT_ID))!;
    const withdrawn = report.reactions.find((r) => r.authorId !== null)!;
    expect((await toPublicReports(handle.db, [report]))[0]?.reactions.map((r) => r.id)).toContain(
      withdrawn.id,
    );
    await handle.db
      .insertInto('consent')
      .values({
        person_id: withdrawn.authorId!,
        subject: 'reaction',
        subject_id: withdrawn.id,
        level: 'private',
        at: '2025-04-01T10:00:00.000Z',
      })
      .execute();
    const [after] = await toPublicReports(handle.db, [report]);
    expect(after?.reactions.map((r) => r.id)).not.toContain(withdrawn.id);
    expect(JSON.stringify(after)).not.toContain(withdrawn.text);
  });

  it('keeps the links out of the list and of search snippets', async () => {
    const listed = await caller.reports.list();
    const searched = await caller.reports.list({ q: 'praatten deuren' });
    expect(searched.items.map((r) => r.slug)).toEqual([slug]);
    for (const page of [listed, searched]) {
      expect(JSON.stringify(page)).not.toMatch(LINK_HOSTS);
      expect(JSON.stringify(page)).toContain(REDACTED_LINK);
    }
    const { report } = await caller.reports.bySlug({ slug });
    expect(JSON.stringify(report)).not.toMatch(LINK_HOSTS);
  });
});
