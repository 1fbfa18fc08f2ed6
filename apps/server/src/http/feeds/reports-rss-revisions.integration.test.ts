import { randomUUID } from 'node:crypto';
import { createCaller, createContextInner, type AuthUser } from '@jamsessie/api';
import { databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededServer, TEST_NOW, type SeededServer } from '../../testing/seeded-server.js';

const coordinator: AuthUser = {
  id: randomUUID(),
  email: 'coordinator@rss-revisions.example',
  displayName: 'Coördinator',
  role: 'coordinator',
};
const NAMED_INTRO = 'Mevrouw De Vries op kamer 12 was er ook bij, vertelde haar dochter.';

// Issue #15: the RSS feed shows the last published revision of a report; an edit waits until
// "Wijzigingen publiceren", which refuses a client's name until it is edited out or marked.
describe.each(databaseKindsUnderTest())('the reports feed and report revisions on %s', (kind) => {
  let s: SeededServer;
  const admin = () =>
    createCaller(
      createContextInner({
        db: s.handle.db,
        user: coordinator,
        now: () => TEST_NOW,
        clientKey: 'rss-revisions-test',
        baseUrl: s.server.baseUrl,
      }),
    ).admin;
  const feed = async () => (await fetch(s.url('/verslagen.rss'))).text();

  beforeAll(async () => {
    s = await startSeededServer(kind);
  });
  afterAll(() => s?.close());

  it('keeps a client’s name out of the feed until it is marked, and edits until published', async () => {
    const { items } = await admin().reports.list({ status: 'published' });
    const id = items[0]!.id;
    const { report } = await admin().reports.get({ id });
    const before = await feed();
    expect(before).toContain(report.title);

    const working = await admin().reports.update({
      id,
      version: report.version,
      intro: NAMED_INTRO,
      // The seeded trap: a reaction without consent, which no publication may carry.
      reactions: report.reactions.filter((r) => r.consent === 'quotable'),
    });
    expect(await feed()).not.toContain('Vries');

    const refused = await admin()
      .reports.publishChanges({ id, version: working.version })
      .catch((error: unknown) => error as { message: string });
    expect((refused as { message: string }).message).toContain('Inleiding');
    expect(await feed()).not.toContain('Vries');

    const { clientNameHits } = await admin().reports.get({ id });
    expect(clientNameHits.map((h) => h.match)).toEqual(['Mevrouw De Vries', 'kamer 12']);
    for (const hit of clientNameHits) await admin().reports.clearClientHit({ id, key: hit.key });
    await admin().reports.publishChanges({ id, version: working.version });
    expect(await feed()).toContain('Mevrouw De Vries op kamer 12');
  });
});
