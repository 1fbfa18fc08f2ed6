import {
  APRIL_SESSION_ID,
  DEMO_MEETING_LINK,
  SERIES_ID,
  databaseKindsUnderTest,
  type DatabaseHandle,
} from '@jamsessie/db';
import { REDACTED_LINK } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCoordinator, callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

const ZOOM = 'https://us02web.zoom.us/j/87612345678?pwd=SecretPwdQ7x9Zk';
const SPELLED_OUT =
  'Inloggen: us02web.zoom.us/j/87612345678 (code SecretPwdQ7x9Zk), ID 876 1234 5678.';

describe.each(databaseKindsUnderTest())('the public filter of all meeting links on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    await handle.db
      .updateTable('session')
      .set({ meeting_link: ZOOM, description: SPELLED_OUT })
      .where('id', '=', APRIL_SESSION_ID)
      .execute();
  });
  afterAll(() => handle.close());

  const expectNoPart = (answer: unknown, ...parts: string[]) => {
    const text = JSON.stringify(answer);
    for (const part of parts) expect(text).not.toContain(part);
    expect(text).toContain(REDACTED_LINK);
  };

  it("removes a series' link pasted into a theme description", async () => {
    const theme = await handle.db.selectFrom('theme').select('id').executeTakeFirstOrThrow();
    await handle.db
      .updateTable('theme')
      .set({ description: `Meedoen? ${DEMO_MEETING_LINK.replace('https://', 'www.')}` })
      .where('id', '=', theme.id)
      .execute();
    const caller = callerFor(handle.db);
    expectNoPart(await caller.catalogue.themes(), DEMO_MEETING_LINK.replace('https://', ''));
  });

  it('removes a meeting ID and passcode written out in a session description', async () => {
    const caller = callerFor(handle.db);
    const list = await caller.agenda.list({ year: 2025, pageSize: 50 });
    expectNoPart(list, '87612345678', '876 1234 5678', 'SecretPwdQ7x9Zk', 'zoom.us/j');
    const april = list.items.find((s) => s.id === APRIL_SESSION_ID)!;
    expectNoPart(await caller.agenda.session({ id: april.id }), 'SecretPwdQ7x9Zk');
  });

  it('follows a changed link at once, and leaves coordinators their links', async () => {
    const moved = 'https://vergader.example/j/99887766554?pwd=NieuwGeheim42';
    await handle.db
      .updateTable('series')
      .set({ meeting_link: moved })
      .where('id', '=', SERIES_ID)
      .execute();
    await handle.db
      .updateTable('theme')
      .set({
        description: 'De nieuwe link: vergader.example/j/99887766554 (wachtwoord NieuwGeheim42)',
      })
      .execute();
    expectNoPart(await callerFor(handle.db).catalogue.themes(), '99887766554', 'NieuwGeheim42');
    const coordinator = callerFor(handle.db, { user: aCoordinator() });
    const session = await coordinator.admin.sessions.get({ id: APRIL_SESSION_ID });
    expect(JSON.stringify(session)).toContain('SecretPwdQ7x9Zk');
  });

  it('warns the coordinator who saves a link or its parts in a public text, and saves it', async () => {
    const coordinator = callerFor(handle.db, { user: aCoordinator() });
    const theme = await coordinator.admin.taxonomy.themes.create({
      slug: 'thema-met-link',
      label: 'Thema met link',
      description: 'Doe mee: ID 876 1234 5678, wachtwoord: SecretPwdQ7x9Zk',
    });
    expect(theme.linkWarning).toMatch(
      /^Let op: deze tekst bevat een meeting-ID en een toegangscode\./,
    );
    const clean = await coordinator.admin.taxonomy.themes.update({
      id: theme.id,
      version: theme.version,
      description: 'Vraag de link aan.',
    });
    expect(clean.linkWarning).toBeNull();
    const april = await coordinator.admin.sessions.get({ id: APRIL_SESSION_ID });
    const saved = await coordinator.admin.sessions.update({
      id: APRIL_SESSION_ID,
      version: april.session.version,
      description: `Link: ${ZOOM}`,
    });
    expect(saved.linkWarning).toContain('vergaderlink');
    expect(saved.description).toBe(`Link: ${ZOOM}`);
  });
});
