import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCoordinator, callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';
import { invoke, procedureEntries } from '../testing/procedure-paths.testing.js';
import {
  CACHEABLE_PUBLIC_READS,
  isCacheablePublicRead,
  readPublicReadVersion,
} from './public-reads.js';

/** An input for each cacheable read that finds something in the demo data. */
async function inputsFor(db: DatabaseHandle['db']): Promise<Record<string, unknown>> {
  const session = await db.selectFrom('session').select('slug').executeTakeFirstOrThrow();
  const report = await db
    .selectFrom('report')
    .select('slug')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const edition = await db.selectFrom('week_edition').select('year').executeTakeFirstOrThrow();
  return {
    'agenda.session': { slug: session.slug },
    'reports.bySlug': { slug: report.slug },
    'reports.list': { q: 'vraag' },
    'tips.list': {},
    'week.edition': { year: edition.year },
    'week.localProgrammes': { year: edition.year },
  };
}

describe('the cacheable public reads', () => {
  it('are queries of the router, and a batch is cacheable only when every call is', () => {
    const queries = new Set(
      procedureEntries()
        .filter((entry) => entry.type === 'query')
        .map((entry) => entry.path),
    );
    for (const path of CACHEABLE_PUBLIC_READS) expect(queries.has(path), path).toBe(true);
    expect(isCacheablePublicRead(['agenda.list', 'catalogue.themes'])).toBe(true);
    expect(isCacheablePublicRead(['agenda.list', 'auth.me'])).toBe(false);
    expect(isCacheablePublicRead(['participant.me'])).toBe(false);
    expect(isCacheablePublicRead([])).toBe(false);
  });
});

describe.each(databaseKindsUnderTest())('the cacheable public reads on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(() => handle?.close());

  it('answer a visitor, a coordinator and a participant alike', async () => {
    const inputs = await inputsFor(handle.db);
    const callers = [
      callerFor(handle.db),
      callerFor(handle.db, { user: aCoordinator(), sessionToken: 'token-van-coordinator' }),
      callerFor(handle.db, {
        participant: { email: 'deelnemer@beweging.example', sessionId: 'sessie-1' },
        participantSessionToken: 'token-van-deelnemer',
      }),
    ];
    for (const path of CACHEABLE_PUBLIC_READS) {
      const [visitor, ...others] = await Promise.all(
        callers.map((caller) => invoke(caller, path, inputs[path] ?? {})),
      );
      expect(visitor, path).toBeTruthy();
      for (const other of others) expect(other, path).toEqual(visitor);
    }
  });

  it('have a version that changes with a committed change to public data, and only then', async () => {
    const now = new Date('2025-03-01T09:00:00.000Z');
    const before = await readPublicReadVersion(handle.db, now);
    expect(await readPublicReadVersion(handle.db, now)).toEqual(before);
    await handle.db.updateTable('keyword').set({ label: 'Ander trefwoord' }).execute();
    expect((await readPublicReadVersion(handle.db, now)).version).not.toBe(before.version);
  });

  it('have a version that changes with the Amsterdam date', async () => {
    const evening = await readPublicReadVersion(handle.db, new Date('2025-03-01T22:30:00.000Z'));
    const afterMidnight = await readPublicReadVersion(
      handle.db,
      new Date('2025-03-01T23:30:00.000Z'),
    );
    expect(afterMidnight.version).not.toBe(evening.version);
    // 1 March 2025 is a Saturday without a session: the version stands until midnight.
    expect(evening.validUntil.toISOString()).toBe('2025-03-01T23:00:00.000Z');
  });
});
