import { createCaller, createContextInner } from '@jamsessie/api';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  DEMO_MEETING_LINK,
  seedIfEmpty,
  SERIES_ID,
  type DatabaseHandle,
} from '@jamsessie/db';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_HOST, plantSessionLinkTrap, TEST_NOW } from '../../testing/seeded-server.js';
import { fakeStaticRoots, startTestServer, type TestServer } from '../../testing/test-server.js';

/** Works at a participating organisation (delinde.example): eligible for the series' link. */
const ELIGIBLE = 'sanne.willems@delinde.example';
/** An address of no participating organisation. */
const OUTSIDER = 'iemand@elders.example';
/** A registered LOC member with a private address: eligible by being a member. */
const LOC_MEMBER = 'loc.lid@thuis.example';
/** Works at an organisation whose participation ended in 2022: not eligible. */
const FORMER = 'oud.collega@debrug.example';

const MARCH = '2025-03-03T12:00:00.000Z';
const APRIL = '2025-04-07T11:00:00.000Z';
const APRIL_OWN_LINK = `https://${LINK_HOST}/j/private-override`;

/** The events of a calendar by their start, as node-ical reads them. */
function eventsByStart(ics: string): Map<string, VEvent> {
  const events = Object.values(nodeIcal.sync.parseICS(ics)).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
  return new Map(events.map((e) => [new Date(e.start).toISOString(), e]));
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'val' in value) return String(value.val);
  return '';
}

describe.each(databaseKindsUnderTest())('the personal calendar feed on %s', (kind) => {
  let handle: DatabaseHandle;
  let server: TestServer;
  let roots: ReturnType<typeof fakeStaticRoots>;
  let clock = TEST_NOW;
  const feeds = new Map<string, string>();

  const page = (email: string) =>
    createCaller(
      createContextInner({
        db: handle.db,
        user: null,
        participant: { email, sessionId: `feed-test-${email}` },
        now: () => clock,
        baseUrl: server.baseUrl,
      }),
    ).participant.mine.personal;
  const fetchAt = async (at: string, url: string) => {
    clock = new Date(at);
    return fetch(url);
  };
  const calendarAt = async (at: string, email: string) => {
    const response = await fetchAt(at, feeds.get(email) ?? '');
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    await plantSessionLinkTrap(handle.db);
    await handle.db
      .insertInto('person')
      .values({ display_name: 'Loes van het LOC', email: LOC_MEMBER, is_loc_member: true })
      .execute();
    roots = fakeStaticRoots();
    server = await startTestServer({ db: handle.db, now: () => clock, staticRoots: roots });
    for (const email of [ELIGIBLE, OUTSIDER, LOC_MEMBER, FORMER]) {
      feeds.set(email, (await page(email).renewFeed()).url);
    }
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    roots?.remove();
  });

  it('is a private address on the public site, made once per person', async () => {
    const url = feeds.get(ELIGIBLE) ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/agenda\/persoonlijk\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(new Set(feeds.values()).size).toBe(4);
    const rows = await handle.db.selectFrom('personal_feed').select('token_hash').execute();
    const token = /persoonlijk\/(.+)\.ics$/.exec(url)?.[1] ?? '';
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    expect(await page(ELIGIBLE).feed()).toMatchObject({ active: true });
  });

  it('carries no link before the window opens: the same events as the public feed', async () => {
    const at = '2025-02-28T12:00:00.000Z';
    const personal = await calendarAt(at, ELIGIBLE);
    expect(personal).not.toContain(LINK_HOST);
    const response = await fetchAt(at, `${server.baseUrl}/agenda.ics`);
    const starts = [...eventsByStart(await response.text()).keys()];
    expect([...eventsByStart(personal).keys()]).toEqual(starts);
    expect(starts).toContain(MARCH);
  });

  it('carries the series link for an eligible person from two days before, and only that session', async () => {
    const at = '2025-03-01T12:30:00.000Z';
    for (const email of [ELIGIBLE, LOC_MEMBER]) {
      const events = eventsByStart(await calendarAt(at, email));
      expect(textOf(events.get(MARCH)?.location)).toBe(DEMO_MEETING_LINK);
      expect(textOf(events.get(MARCH)?.description)).toContain(DEMO_MEETING_LINK);
      expect(textOf(events.get(APRIL)?.location)).not.toContain(LINK_HOST);
    }
    const justBefore = await calendarAt('2025-03-01T11:59:00.000Z', ELIGIBLE);
    expect(justBefore).not.toContain(LINK_HOST);
  });

  it('never carries a link for an ineligible person, inside the window or not', async () => {
    for (const at of ['2025-03-03T12:30:00.000Z', '2025-04-07T11:30:00.000Z']) {
      for (const email of [OUTSIDER, FORMER]) {
        expect(await calendarAt(at, email)).not.toContain(LINK_HOST);
      }
      const pub = await fetchAt(at, `${server.baseUrl}/agenda.ics`);
      expect(await pub.text()).not.toContain(LINK_HOST);
    }
  });

  it("uses a session's own link, and drops a link once its session has ended", async () => {
    const events = eventsByStart(await calendarAt('2025-04-06T12:00:00.000Z', ELIGIBLE));
    expect(textOf(events.get(APRIL)?.location)).toBe(APRIL_OWN_LINK);
    expect(textOf(events.get(MARCH)?.location)).not.toContain(LINK_HOST);
    const after = eventsByStart(await calendarAt('2025-04-07T12:00:00.000Z', ELIGIBLE));
    expect(textOf(after.get(APRIL)?.location)).not.toContain(LINK_HOST);
  });

  it("follows the series' own number of days", async () => {
    const at = '2025-02-27T12:00:00.000Z';
    expect(await calendarAt(at, ELIGIBLE)).not.toContain(LINK_HOST);
    const series = await handle.db
      .selectFrom('series')
      .select('eligibility')
      .where('id', '=', SERIES_ID)
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('series')
      .set({ eligibility: JSON.stringify({ ...series.eligibility, linkLeadDays: 5 }) })
      .where('id', '=', SERIES_ID)
      .execute();
    try {
      const events = eventsByStart(await calendarAt(at, ELIGIBLE));
      expect(textOf(events.get(MARCH)?.location)).toBe(DEMO_MEETING_LINK);
      expect(await calendarAt(at, OUTSIDER)).not.toContain(LINK_HOST);
    } finally {
      await handle.db
        .updateTable('series')
        .set({ eligibility: JSON.stringify(series.eligibility) })
        .where('id', '=', SERIES_ID)
        .execute();
    }
  });

  it('is never stored by a cache and names nobody', async () => {
    const response = await fetchAt('2025-03-02T12:00:00.000Z', feeds.get(ELIGIBLE) ?? '');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    for (const email of [ELIGIBLE, OUTSIDER, LOC_MEMBER, FORMER]) expect(body).not.toContain(email);
  });

  it('answers 404 to a renewed, revoked, unknown or malformed address', async () => {
    const old = feeds.get(OUTSIDER) ?? '';
    const renewed = (await page(OUTSIDER).renewFeed()).url;
    expect((await fetch(old)).status).toBe(404);
    expect((await fetch(renewed)).status).toBe(200);
    expect(await page(OUTSIDER).revokeFeed()).toEqual({ active: false, since: null });
    expect((await fetch(renewed)).status).toBe(404);
    expect(await page(OUTSIDER).feed()).toEqual({ active: false, since: null });
    const unknown = `${server.baseUrl}/agenda/persoonlijk/${'A'.repeat(43)}.ics`;
    expect((await fetch(unknown)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/agenda/persoonlijk/kort.ics`)).status).toBe(404);
    expect((await fetch(renewed, { method: 'POST' })).status).toBe(405);
  });
});
