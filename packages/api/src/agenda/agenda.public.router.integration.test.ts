import {
  APRIL_SESSION_ID,
  MARCH_SESSION_ID,
  databaseKindsUnderTest,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

describe.each(databaseKindsUnderTest())('agenda on %s', (kind) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof callerFor>;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    caller = callerFor(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists 7 April 2025 at 11:00Z (13:00 summer time) when browsing 2025', async () => {
    const page = await caller.agenda.list({ year: 2025, pageSize: 50 });
    const starts = page.items.map((s) => s.startsAt);
    expect(starts).toContain('2025-03-03T12:00:00.000Z');
    expect(starts).toContain('2025-04-07T11:00:00.000Z');
    expect(
      starts.every((s) => s >= '2024-12-31T23:00:00.000Z' && s < '2025-12-31T23:00:00.000Z'),
    ).toBe(true);
    expect([...starts].sort()).toEqual(starts);
    const april = page.items.find((s) => s.startsAt === '2025-04-07T11:00:00.000Z');
    expect(april).toMatchObject({ kind: 'jam_session', online: true, linkOnRequest: true });
    expect(april).not.toHaveProperty('meetingLink');
  });

  it('narrows by theme, movement, series and kind', async () => {
    const all = await caller.agenda.list({ year: 2025, pageSize: 50 });
    const themes = await caller.catalogue.themes();
    const openDoors = themes.find((t) => t.slug === 'open-deuren');
    expect(openDoors).toBeDefined();

    const byTheme = await caller.agenda.list({ year: 2025, theme: 'open-deuren', pageSize: 50 });
    expect(byTheme.total).toBeGreaterThan(0);
    expect(byTheme.total).toBeLessThan(all.total);
    expect(byTheme.items.every((s) => s.themeIds.includes(openDoors!.id))).toBe(true);

    const home = await caller.agenda.list({
      year: 2025,
      theme: 'vrijheid-en-veiligheid-thuissituatie',
      pageSize: 50,
    });
    expect(home.items.map((s) => s.startsAt)).toContain('2025-04-07T11:00:00.000Z');
    expect(home.total + byTheme.total).toBe(all.total);

    expect((await caller.agenda.list({ year: 2025, movement: 'zorg' })).total).toBe(all.total);
    expect((await caller.agenda.list({ year: 2025, movement: 'jeugdzorg' })).total).toBe(0);
    expect((await caller.agenda.list({ year: 2025, series: 'jamsessies-vvlg' })).total).toBe(
      all.total,
    );
    expect((await caller.agenda.list({ year: 2025, series: 'bestaat-niet' })).total).toBe(0);
    expect((await caller.agenda.list({ year: 2025, kind: 'jam_session' })).total).toBe(all.total);
  });

  it('pages without overlap', async () => {
    const first = await caller.agenda.list({ year: 2025, page: 1, pageSize: 3 });
    const second = await caller.agenda.list({ year: 2025, page: 2, pageSize: 3 });
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(3);
    expect(first.total).toBe(second.total);
    expect(first.pageCount).toBe(Math.ceil(first.total / 3));
    const ids = new Set([...first.items, ...second.items].map((s) => s.id));
    expect(ids.size).toBe(6);
  });

  it('separates upcoming from past by the clock', async () => {
    const later = callerFor(handle.db, { now: new Date('2025-05-01T10:00:00.000Z') });
    const past = await later.agenda.list({ when: 'past', year: 2025 });
    expect(past.items.map((s) => s.startsAt)).toEqual([
      '2025-04-07T11:00:00.000Z',
      '2025-03-03T12:00:00.000Z',
    ]);
    const upcoming = await later.agenda.list({ when: 'upcoming', year: 2025, pageSize: 1 });
    const all = await later.agenda.list({ when: 'upcoming', year: 2025, pageSize: 50 });
    expect(upcoming.items[0]?.startsAt).toBe(all.items[0]?.startsAt);
    expect(upcoming.items[0]!.startsAt > '2025-05-01T10:00:00.000Z').toBe(true);
    expect(upcoming.total).toBe(all.total);
  });

  it('lists a whole year, past and coming, in one answer when only the year is given', async () => {
    const later = callerFor(handle.db, { now: new Date('2025-05-01T10:00:00.000Z') });
    const year = await later.agenda.list({ year: 2025, pageSize: 50 });
    const [past, upcoming] = await Promise.all([
      later.agenda.list({ when: 'past', year: 2025, pageSize: 50 }),
      later.agenda.list({ when: 'upcoming', year: 2025, pageSize: 50 }),
    ]);
    expect(past.total).toBe(2);
    expect(upcoming.total).toBeGreaterThan(0);
    expect(year.total).toBe(past.total + upcoming.total);
    const starts = year.items.map((s) => s.startsAt);
    expect(starts.slice(0, 2)).toEqual(['2025-03-03T12:00:00.000Z', '2025-04-07T11:00:00.000Z']);
    expect([...starts].sort()).toEqual(starts);
    // Without a year, leaving out `when` still means what is coming.
    expect((await later.agenda.list({ pageSize: 50 })).items[0]?.startsAt).toBe(
      upcoming.items[0]?.startsAt,
    );
  });

  it('narrows week items to the local programmes, leaving out proposals', async () => {
    const week = await caller.agenda.list({ year: 2021, kind: 'week_item', pageSize: 50 });
    const local = await caller.agenda.list({
      year: 2021,
      kind: 'week_item',
      programmeKind: 'local_programme',
      pageSize: 50,
    });
    const titles = local.items.map((s) => s.title);
    expect(titles).toContain('Open deuren-wandeling door de wijk');
    expect(titles).toContain('Radicale vernieuwing en beleid: open middag bij VWS');
    expect(titles).not.toContain('Meelopen met een wijkteam');
    expect(titles).not.toContain('RV Late Nightshow');
    expect(local.total).toBe(local.items.length);
    expect(local.total).toBeLessThan(week.total);
    expect(local.items.every((s) => s.kind === 'week_item')).toBe(true);
    const jamLocals = await caller.agenda.list({ programmeKind: 'local_programme', year: 2025 });
    expect(jamLocals.total).toBe(0);
  });

  it('links a session to its published report, and only then', async () => {
    const march = await caller.agenda.session({ id: MARCH_SESSION_ID });
    expect(march.report).toEqual({
      slug: 'korte-jamsessies-vrijheid-smaken-naar-meer',
      title: 'Korte Jamsessies Vrijheid smaken naar meer, volgende is 7 april',
    });
    const april = await caller.agenda.session({ id: APRIL_SESSION_ID });
    expect(april.report).toBeNull();
  });

  it('shows one session by slug or id, with its series but never a link', async () => {
    const page = await caller.agenda.list({ year: 2025, pageSize: 50 });
    const april = page.items.find((s) => s.startsAt === '2025-04-07T11:00:00.000Z')!;
    const bySlug = await caller.agenda.session({ slug: april.slug });
    const byId = await caller.agenda.session({ id: april.id });
    expect(bySlug).toEqual(byId);
    expect(bySlug.session.id).toBe(april.id);
    expect(bySlug.series).toMatchObject({ slug: 'jamsessies-vvlg', linkOnRequest: true });
    expect(bySlug.series).not.toHaveProperty('eligibility');
    expect(bySlug.session).not.toHaveProperty('meetingLink');
    expect(JSON.stringify(bySlug)).not.toContain('zoom.example');
    await expect(caller.agenda.session({ slug: 'bestaat-niet' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(caller.agenda.session({})).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
