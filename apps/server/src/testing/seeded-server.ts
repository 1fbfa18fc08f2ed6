import { ensureAdminAccount } from '@jamsessie/api';
import {
  createTestDatabase,
  seedIfEmpty,
  type DatabaseHandle,
  type DatabaseKind,
} from '@jamsessie/db';
import { fakeStaticRoots, startTestServer, type TestServer } from './test-server.js';

/** The clock of the integration tests: mid-February 2025, before the first jam session. */
export const TEST_NOW = new Date('2025-02-15T10:00:00.000Z');
/** The host of every demo meeting link: no public output may contain it. */
export const LINK_HOST = 'zoom.example';
/** A reaction stored without consent: the RSS feed must leave it out. */
export const PRIVATE_MARKER = 'Niet-gedeelde reactie zonder toestemming';
/** The title of a draft report: the RSS feed must leave it out. */
export const DRAFT_MARKER = 'Conceptverslag dat nog niet af is';
/** The coordinator the tests sign in as. */
export const TEST_ADMIN = {
  email: 'coordinator@test.example',
  password: 'test-wachtwoord-lang-genoeg',
};

/** A seeded database behind a running request handler, with fake app builds. */
export type SeededServer = {
  readonly handle: DatabaseHandle;
  readonly server: TestServer;
  url(path: string): string;
  close(): Promise<void>;
};

/**
 * The privacy trap the public-output tests look for: one demo session (7 April 2025) gets a
 * meeting link of its own, pasted into its description too. Nothing public may show it.
 *
 * @example await plantSessionLinkTrap(handle.db);
 */
export async function plantSessionLinkTrap(db: DatabaseHandle['db']): Promise<void> {
  await db
    .updateTable('session')
    .set({
      meeting_link: `https://${LINK_HOST}/j/private-override`,
      description: `Doe mee via https://${LINK_HOST}/j/private-override of bel ons.`,
    })
    .where('starts_at', '=', '2025-04-07T11:00:00.000Z')
    .execute();
}

/**
 * A fresh database of `kind` with the demo data (seeded at {@link TEST_NOW}), a coordinator,
 * and traps for the privacy tests: a session with its own link pasted into its description,
 * an unconsented reaction on the published report, and a draft report.
 *
 * @example let s: SeededServer; beforeAll(async () => { s = await startSeededServer(kind); });
 */
export async function startSeededServer(kind: DatabaseKind): Promise<SeededServer> {
  const handle = await createTestDatabase(kind);
  await seedIfEmpty(handle.db, { now: TEST_NOW });
  await ensureAdminAccount(handle.db, TEST_ADMIN);
  await plantSessionLinkTrap(handle.db);
  const report = await handle.db
    .selectFrom('report')
    .select(['id', 'session_id'])
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('reaction')
    .values({ report_id: report.id, position: 99, text: PRIVATE_MARKER, consent: 'private' })
    .execute();
  await handle.db
    .insertInto('report')
    .values({ session_id: report.session_id, slug: 'concept-verslag', title: DRAFT_MARKER })
    .execute();
  const roots = fakeStaticRoots();
  const server = await startTestServer({ db: handle.db, now: () => TEST_NOW, staticRoots: roots });
  return {
    handle,
    server,
    url: (path) => `${server.baseUrl}${path}`,
    close: async () => {
      await server.close();
      await handle.close();
      roots.remove();
    },
  };
}
