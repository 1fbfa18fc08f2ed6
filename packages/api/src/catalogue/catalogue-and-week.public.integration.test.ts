import {
  DEMO_MEETING_LINK,
  SERIES_ID,
  databaseKindsUnderTest,
  findSeriesById,
  insertSeries,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

const EDITION_2021 = 'week-van-de-radicale-vernieuwing-2021';

describe.each(databaseKindsUnderTest())('series and the week in public on %s', (kind) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof callerFor>;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    caller = callerFor(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists every series with sessions for the filter, without link or eligibility rules', async () => {
    // A new series with nothing in the agenda yet is not offered as a filter.
    const model = (await findSeriesById(handle.db, SERIES_ID))!;
    const empty = await insertSeries(handle.db, {
      ...model,
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      slug: 'nog-leeg',
      title: 'Nog lege reeks',
    });
    expect(empty.ok).toBe(true);
    const series = await caller.catalogue.series();
    expect(series.map((s) => s.slug)).not.toContain('nog-leeg');
    const vvlg = series.find((s) => s.slug === 'jamsessies-vvlg');
    expect(vvlg).toMatchObject({ title: 'Jamsessies Vrijheid en veiligheid', linkOnRequest: true });
    expect(Object.keys(vvlg!).sort()).toEqual([
      'description',
      'documents',
      'id',
      'linkOnRequest',
      'slug',
      'title',
    ]);
    expect(JSON.stringify(series)).not.toContain(DEMO_MEETING_LINK);
    const stored = await handle.db
      .selectFrom('series')
      .select('slug')
      .where('slug', '<>', 'nog-leeg')
      .execute();
    expect(series.map((s) => s.slug).sort()).toEqual(stored.map((s) => s.slug).sort());
  });

  it('names the organisation of every host and guest of the Late Nightshow', async () => {
    const { days } = await caller.week.edition({ slug: EDITION_2021 });
    const monday = days.find(({ day }) => day.sector === 'zorg')!;
    const show = monday.items.find((item) => item.kind === 'late_night_show')!;
    expect(show.roles).toEqual([
      expect.objectContaining({ role: 'host', organisationName: 'LOC Waardevolle zorg' }),
      expect.objectContaining({ role: 'guest', organisationName: 'Zorggroep De Linde (demo)' }),
      expect.objectContaining({ role: 'guest', organisationName: 'Woonzorg Het Baken (demo)' }),
    ]);
    const ggz = days.find(({ day }) => day.sector === 'langdurige-ggz')!;
    const guests = ggz.items
      .find((item) => item.kind === 'late_night_show')!
      .roles.filter((role) => role.role === 'guest');
    expect(guests.map((role) => role.organisationName)).toContain('HVO-Querido');
    for (const { items } of days) {
      for (const item of items) {
        expect(item).not.toHaveProperty('proposalStatus');
        for (const role of item.roles) {
          expect(role.organisationName === null).toBe(role.organisationId === null);
        }
      }
    }
  });

  it('names the host of a local programme', async () => {
    const { days } = await caller.week.localProgrammes({ year: 2021 });
    const items = days.flatMap((d) => d.items);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.kind === 'local_programme')).toBe(true);
    const walk = items.find((item) => item.title === 'Open deuren-wandeling door de wijk');
    expect(walk?.organisationName).toBe('Zorggroep De Linde (demo)');
  });
});
