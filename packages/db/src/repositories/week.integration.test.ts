import { randomUUID } from 'node:crypto';
import type { ProgrammeItem, WeekDay, WeekEdition } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  findProgrammeItemById,
  insertProgrammeItem,
  listProgrammeItems,
  updateProgrammeItem,
} from './programme.repository.js';
import {
  findWeekEditionBySlug,
  insertWeekDay,
  insertWeekEdition,
  listWeekDays,
  listWeekEditions,
  updateWeekDay,
  updateWeekEdition,
} from './week.repository.js';

describe.each(databaseKindsUnderTest())('the inspiration week on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  const edition: WeekEdition = {
    id: randomUUID(),
    slug: 'week-2022',
    year: 2022,
    title: 'Week van de Radicale vernieuwing 2022',
    motto: 'Samen doorbreken we muren!',
    videoUrl: null,
    startsOn: '2022-11-07',
    endsOn: '2022-11-11',
    location: 'Utrecht en online',
    version: 1,
  };
  const monday: WeekDay = {
    id: randomUUID(),
    editionId: edition.id,
    date: '2022-11-07',
    sector: 'zorg',
    title: 'Maandag: zorg in verpleeghuizen en thuis',
    summary: '',
    recordingUrl: null,
    reportUrl: null,
    version: 1,
  };
  const friday: WeekDay = {
    ...monday,
    id: randomUUID(),
    date: '2022-11-11',
    sector: 'voorbij-sectoren',
    title: 'Vrijdag',
  };
  const show: ProgrammeItem = {
    id: randomUUID(),
    dayId: monday.id,
    kind: 'late_night_show',
    title: 'RV Late Nightshow',
    description: '',
    startsAt: '2022-11-07T19:00:00.000Z',
    endsAt: '2022-11-07T20:00:00.000Z',
    online: true,
    location: null,
    organisationId: null,
    proposalStatus: 'accepted',
    roles: [
      { personName: 'Presentator Pim', role: 'host', organisationId: null },
      { personName: 'Gast Gerda', role: 'guest', organisationId: null },
    ],
    version: 1,
  };

  it('stores an edition with its days and refuses a second edition in the same year', async () => {
    expect(await insertWeekEdition(handle.db, edition)).toEqual({ ok: true, value: edition });
    const again = await insertWeekEdition(handle.db, {
      ...edition,
      id: randomUUID(),
      slug: 'andere-week',
    });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT.DUPLICATE');
    expect(await insertWeekDay(handle.db, friday)).toEqual({ ok: true, value: friday });
    expect(await insertWeekDay(handle.db, monday)).toEqual({ ok: true, value: monday });
    expect((await listWeekDays(handle.db, edition.id)).map((d) => d.sector)).toEqual([
      'zorg',
      'voorbij-sectoren',
    ]);
    const recorded = await updateWeekDay(handle.db, {
      ...monday,
      recordingUrl: 'https://video.example.org/ma',
    });
    expect(recorded.ok && recorded.value.recordingUrl).toBe('https://video.example.org/ma');
  });

  it('updates an edition by version', async () => {
    const moved = await updateWeekEdition(handle.db, { ...edition, location: 'Online' });
    expect(moved).toEqual({ ok: true, value: { ...edition, location: 'Online', version: 2 } });
    const stale = await updateWeekEdition(handle.db, { ...edition, motto: 'Te laat' });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT.STALE_VERSION');
    expect(await findWeekEditionBySlug(handle.db, edition.slug)).toMatchObject({
      location: 'Online',
      version: 2,
    });
    expect(await listWeekEditions(handle.db)).toHaveLength(1);
  });

  it('keeps programme items with their roles in order', async () => {
    expect(await insertProgrammeItem(handle.db, show)).toEqual({ ok: true, value: show });
    expect(await findProgrammeItemById(handle.db, show.id)).toEqual(show);
    const local: ProgrammeItem = {
      ...show,
      id: randomUUID(),
      dayId: friday.id,
      kind: 'local_programme',
      title: 'Open huis',
      online: false,
      location: 'Zorglocatie De Linde',
      proposalStatus: 'proposed',
      roles: [],
      startsAt: '2022-11-11T09:00:00.000Z',
      endsAt: '2022-11-11T11:00:00.000Z',
    };
    await insertProgrammeItem(handle.db, local);
    const accepted = await listProgrammeItems(handle.db, {
      editionId: edition.id,
      proposalStatuses: ['accepted'],
    });
    expect(accepted.map((p) => p.id)).toEqual([show.id]);
    expect((await listProgrammeItems(handle.db, { dayId: friday.id })).map((p) => p.id)).toEqual([
      local.id,
    ]);

    const reordered = { ...show, roles: [show.roles[1]!, show.roles[0]!] };
    expect(await updateProgrammeItem(handle.db, reordered)).toEqual({
      ok: true,
      value: { ...reordered, version: 2 },
    });
    expect((await findProgrammeItemById(handle.db, show.id))?.roles[0]?.personName).toBe(
      'Gast Gerda',
    );
    const stale = await updateProgrammeItem(handle.db, show);
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT.STALE_VERSION');
  });
});
