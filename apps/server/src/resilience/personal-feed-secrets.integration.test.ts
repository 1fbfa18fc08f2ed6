import { databaseKindsUnderTest, SERIES_ID } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchReadable } from './public-crawl.helpers.js';
import { publicRoutePaths } from './public-inputs.testing.js';
import { plantPersonalFeeds } from './personal-feeds.testing.js';
import { startResilienceServer, type ResilienceServer } from './resilience-server.testing.js';
import { leaksIn, secretsIn, type Secret } from './secret-scan.js';
import { plantSecretTraps } from './secret-traps.testing.js';
import { expectCleanAnswer } from './visitor-answer.checks.js';

/**
 * The one exception to "no meeting link in any answer": the personal feed of an eligible
 * person, for a session whose link window is open. The suite's clock is two weeks before the
 * first demo session, so the crawl sees no open window; here the demo series' window is made
 * 30 days long, which opens it, and then exactly that link may show, only there.
 */
describe.each(databaseKindsUnderTest())('the personal feed exception on %s', (kind) => {
  let s: ResilienceServer;
  let secrets: Secret[];
  let feeds: Awaited<ReturnType<typeof plantPersonalFeeds>>;

  beforeAll(async () => {
    s = await startResilienceServer(kind);
    await plantSecretTraps(s.handle.db);
    secrets = await secretsIn(s.handle.db);
    feeds = await plantPersonalFeeds(s.handle.db);
    const series = await s.handle.db
      .selectFrom('series')
      .select('eligibility')
      .where('id', '=', SERIES_ID)
      .executeTakeFirstOrThrow();
    await s.handle.db
      .updateTable('series')
      .set({ eligibility: JSON.stringify({ ...series.eligibility, linkLeadDays: 30 }) })
      .where('id', '=', SERIES_ID)
      .execute();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows the open window's link to the eligible person only, and nothing else secret", async () => {
    const eligible = await fetchReadable(s.url(feeds.eligible));
    expect(eligible.status).toBe(200);
    expect(eligible.headers.get('cache-control')).toBe('private, no-store');
    expect(leaksIn(eligible.text, secrets)).toEqual(['series jamsessies-vvlg link']);

    const leaks: string[] = [];
    for (const path of await publicRoutePaths(s.handle.db)) {
      if (path === feeds.eligible) continue;
      const answer = await fetchReadable(s.url(path));
      expectCleanAnswer(answer, path);
      for (const label of leaksIn(answer.text, secrets)) leaks.push(`${path}: ${label}`);
    }
    expect(leaks).toEqual([]);
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);
});
