import type { Series } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aMovement, anActionTeam, aSeries, aSession, aTheme } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { countAgenda, listAgenda, type AgendaQuery } from './agenda.repository.js';
import { insertMovement } from './movement.repository.js';
import { insertActionTeam } from './action-team.repository.js';
import { findSeriesBySlug, insertSeries, listSeries, updateSeries } from './series.repository.js';
import {
  deleteSession,
  findSessionById,
  findSessionBySlug,
  insertSession,
  listSessionsOfSeries,
  updateSession,
} from './session.repository.js';
import { insertTheme } from './taxonomy.repository.js';

describe.each(databaseKindsUnderTest())('series, sessions and the agenda on %s', (kind) => {
  let handle: DatabaseHandle;
  const zorg = aMovement();
  const ggz = aMovement();
  const team = anActionTeam(zorg.id);
  const openDoors = aTheme({ label: 'Open deuren' });
  const home = aTheme({ label: 'Thuissituatie' });
  let series: Series;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertMovement(handle.db, zorg);
    await insertMovement(handle.db, ggz);
    await insertActionTeam(handle.db, team);
    await insertTheme(handle.db, openDoors);
    await insertTheme(handle.db, home);
    series = aSeries(team.id, { themeRotation: [openDoors.id, home.id] });
    expect(await insertSeries(handle.db, series)).toEqual({ ok: true, value: series });
  });
  afterAll(() => handle.close());

  it('round-trips a series, its rotation and its jsonb fields', async () => {
    expect(await findSeriesBySlug(handle.db, series.slug)).toEqual(series);
    expect(await listSeries(handle.db, { actionTeamId: team.id })).toEqual([series]);
  });

  it('updates a series with its version and refuses a stale one', async () => {
    const first = await updateSeries(handle.db, {
      ...series,
      themeRotation: [home.id, openDoors.id],
    });
    expect(first).toEqual({
      ok: true,
      value: { ...series, themeRotation: [home.id, openDoors.id], version: 2 },
    });
    const stale = await updateSeries(handle.db, { ...series, title: 'Te laat' });
    expect(stale.ok ? null : stale.error).toMatchObject({
      code: 'CONFLICT.STALE_VERSION',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    expect((await findSeriesBySlug(handle.db, series.slug))?.title).toBe(series.title);
    series = (await findSeriesBySlug(handle.db, series.slug))!;
  });

  it('stores sessions with themes and movements, and updates them by version', async () => {
    const s = aSession('2025-03-03T12:00:00.000Z', {
      seriesId: series.id,
      themeIds: [openDoors.id],
      movementIds: [zorg.id],
    });
    expect(await insertSession(handle.db, s)).toEqual({ ok: true, value: s });
    expect(await findSessionById(handle.db, s.id)).toEqual(s);
    const dup = await insertSession(
      handle.db,
      aSession('2025-03-03T12:00:00.000Z', { slug: s.slug }),
    );
    expect(dup.ok ? null : dup.error.code).toBe('CONFLICT.DUPLICATE');

    const cancelled = {
      ...s,
      status: 'cancelled' as const,
      cancellationReason: 'Carnaval',
      sequence: 1,
    };
    expect(await updateSession(handle.db, cancelled)).toEqual({
      ok: true,
      value: { ...cancelled, version: 2 },
    });
    const stale = await updateSession(handle.db, { ...s, title: 'Oud' });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT.STALE_VERSION');
    const gone = await updateSession(handle.db, aSession('2025-03-03T12:00:00.000Z'));
    expect(gone.ok ? null : gone.error.code).toBe('SESSION.NOT_FOUND');

    expect((await findSessionBySlug(handle.db, s.slug))?.status).toBe('cancelled');
    expect((await listSessionsOfSeries(handle.db, series.id)).map((x) => x.id)).toEqual([s.id]);
    expect(await deleteSession(handle.db, s.id)).toEqual({ ok: true, value: true });
    expect(await findSessionById(handle.db, s.id)).toBeUndefined();
  });

  describe('the agenda', () => {
    const now = '2025-06-01T00:00:00.000Z';
    const march = aSession('2025-03-03T12:00:00.000Z', {
      themeIds: [openDoors.id],
      movementIds: [zorg.id],
    });
    const april = aSession('2025-04-07T11:00:00.000Z', {
      themeIds: [home.id],
      movementIds: [zorg.id],
    });
    const june = aSession('2025-06-02T11:00:00.000Z', {
      themeIds: [openDoors.id, home.id],
      movementIds: [zorg.id, ggz.id],
      description: 'Link: https://meet.example.org/j/123456 (niet doorsturen)',
    });
    const july = aSession('2025-07-07T11:00:00.000Z', {
      themeIds: [home.id],
      status: 'cancelled',
      cancellationReason: 'Zomer',
    });
    const week = aSession('2025-11-10T09:00:00.000Z', {
      kind: 'week_item',
      online: false,
      location: 'Utrecht',
    });
    const base = { now, direction: 'upcoming' } satisfies AgendaQuery;

    beforeAll(async () => {
      for (const s of [march, april, june, july]) {
        await insertSession(handle.db, { ...s, seriesId: series.id });
      }
      await insertSession(handle.db, week);
    });

    const ids = async (q: AgendaQuery, limit = 50, offset = 0) =>
      (await listAgenda(handle.db, q, { limit, offset })).map((e) => e.id);

    it('lists upcoming sessions soonest first and past ones latest first', async () => {
      expect(await ids(base)).toEqual([june.id, july.id, week.id]);
      expect(await ids({ now, direction: 'past' })).toEqual([april.id, march.id]);
      expect(await countAgenda(handle.db, base)).toBe(3);
    });

    it('filters by theme, movement, series, kind, status and period', async () => {
      expect(await ids({ ...base, themeSlug: openDoors.slug })).toEqual([june.id]);
      expect(await ids({ ...base, themeSlug: home.slug })).toEqual([june.id, july.id]);
      expect(await ids({ now, direction: 'past', movementSlug: zorg.slug })).toEqual([
        april.id,
        march.id,
      ]);
      expect(await ids({ ...base, movementSlug: ggz.slug })).toEqual([june.id]);
      expect(await ids({ ...base, seriesSlug: series.slug })).toEqual([june.id, july.id]);
      expect(await ids({ ...base, kind: 'week_item' })).toEqual([week.id]);
      expect(await ids({ ...base, statuses: ['planned'] })).toEqual([june.id, week.id]);
      expect(
        await ids({ ...base, from: '2025-07-01T00:00:00.000Z', to: '2025-08-01T00:00:00.000Z' }),
      ).toEqual([july.id]);
      expect(
        await countAgenda(handle.db, { ...base, themeSlug: home.slug, statuses: ['planned'] }),
      ).toBe(1);
      expect(await ids({ ...base, themeSlug: 'bestaat-niet' })).toEqual([]);
    });

    it('pages with limit and offset', async () => {
      expect(await ids(base, 2, 0)).toEqual([june.id, july.id]);
      expect(await ids(base, 2, 2)).toEqual([week.id]);
    });

    it('returns public rows: ids aggregated, series named, no meeting link anywhere', async () => {
      const [entry] = await listAgenda(
        handle.db,
        { ...base, movementSlug: ggz.slug },
        { limit: 1 },
      );
      expect(entry).toMatchObject({
        id: june.id,
        themeIds: [openDoors.id, home.id],
        movementIds: [zorg.id, ggz.id].sort(),
        seriesSlug: series.slug,
        linkOnRequest: true,
        startsAt: '2025-06-02T11:00:00.000Z',
      });
      expect(entry).not.toHaveProperty('meetingLink');
      expect(JSON.stringify(entry)).not.toContain('meet.example.org/j/123456');
      const [weekEntry] = await listAgenda(handle.db, { ...base, kind: 'week_item' }, { limit: 1 });
      expect(weekEntry).toMatchObject({
        seriesSlug: null,
        linkOnRequest: false,
        location: 'Utrecht',
      });
    });
  });
});
