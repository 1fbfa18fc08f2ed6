import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
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

  it('shows one session by slug or id, with its series but never a link', async () => {
    const page = await caller.agenda.list({ year: 2025, pageSize: 50 });
    const april = page.items.find((s) => s.startsAt === '2025-04-07T11:00:00.000Z')!;
    const bySlug = await caller.agenda.session({ slug: april.slug });
    const byId = await caller.agenda.session({ id: april.id });
    expect(bySlug).toEqual(byId);
    expect(bySlug.session.id).toBe(april.id);
    expect(bySlug.series).toMatchObject({ slug: 'jamsessies-vvlg', linkOnRequest: true });
    expect(bySlug.session).not.toHaveProperty('meetingLink');
    expect(JSON.stringify(bySlug)).not.toContain('zoom.example');
    await expect(caller.agenda.session({ slug: 'bestaat-niet' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(caller.agenda.session({})).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
