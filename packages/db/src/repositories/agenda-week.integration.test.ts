import { randomUUID } from 'node:crypto';
import type { Organisation, ProgrammeItem, WeekDay, WeekEdition } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aReport, aSession, uniqueSlug } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  countAgenda,
  findPublishedReportOfSession,
  listAgenda,
  type AgendaQuery,
} from './agenda.repository.js';
import { insertOrganisation } from './organisation.repository.js';
import { insertProgrammeItem, listProgrammeOrganisations } from './programme.repository.js';
import { insertReport } from './report.repository.js';
import { insertSession } from './session.repository.js';
import { insertWeekDay, insertWeekEdition } from './week.repository.js';

function anOrganisation(name: string): Organisation {
  return {
    id: randomUUID(),
    slug: uniqueSlug('organisatie'),
    name,
    kind: 'care_organisation',
    emailDomains: [],
    version: 1,
  };
}

// The agenda's whole-year view, its filter on the kind of programme item, the report link of a
// session and the organisations a week's programme names.
describe.each(databaseKindsUnderTest())('the agenda beside the week on %s', (kind) => {
  let handle: DatabaseHandle;
  const host = anOrganisation('Zorggroep Het Anker (test)');
  const guestOrg = anOrganisation('GGZ De Brug (test)');
  const unrelated = anOrganisation('Stichting Elders (test)');
  const edition: WeekEdition = {
    id: randomUUID(),
    slug: uniqueSlug('week'),
    year: 2025,
    title: 'Week van de Radicale vernieuwing 2025',
    motto: '',
    videoUrl: null,
    startsOn: '2025-11-10',
    endsOn: '2025-11-14',
    location: 'Utrecht en online',
    version: 1,
  };
  const day: WeekDay = {
    id: randomUUID(),
    editionId: edition.id,
    date: '2025-11-10',
    sector: 'zorg',
    title: 'Maandag',
    summary: '',
    recordingUrl: null,
    reportUrl: null,
    version: 1,
  };
  const item = (overrides: Partial<ProgrammeItem>): ProgrammeItem => ({
    id: randomUUID(),
    dayId: day.id,
    kind: 'plenary',
    title: 'Opening',
    description: '',
    startsAt: '2025-11-10T09:00:00.000Z',
    endsAt: '2025-11-10T10:00:00.000Z',
    online: true,
    location: null,
    organisationId: null,
    proposalStatus: 'accepted',
    roles: [],
    version: 1,
    ...overrides,
  });
  const plenary = item({});
  const local = item({
    kind: 'local_programme',
    title: 'Open huis',
    organisationId: host.id,
    online: false,
    location: 'Het Anker, Zwolle',
    startsAt: '2025-11-10T13:00:00.000Z',
    endsAt: '2025-11-10T15:00:00.000Z',
  });
  const show = item({
    kind: 'late_night_show',
    title: 'RV Late Nightshow',
    startsAt: '2025-11-10T19:00:00.000Z',
    endsAt: '2025-11-10T20:00:00.000Z',
    roles: [
      { personName: 'Presentator Pim', role: 'host', organisationId: null },
      { personName: 'Gast Gerda', role: 'guest', organisationId: guestOrg.id },
    ],
  });
  const march = aSession('2025-03-03T12:00:00.000Z');
  const december = aSession('2025-12-01T12:00:00.000Z');
  const nextYear = aSession('2026-01-05T12:00:00.000Z');
  const weekSession = (p: ProgrammeItem) =>
    aSession(p.startsAt, {
      kind: 'week_item',
      programmeItemId: p.id,
      endsAt: p.endsAt,
      title: p.title,
    });
  const plenarySession = weekSession(plenary);
  const localSession = weekSession(local);

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    for (const org of [host, guestOrg, unrelated]) await insertOrganisation(handle.db, org);
    await insertWeekEdition(handle.db, edition);
    await insertWeekDay(handle.db, day);
    for (const p of [plenary, local, show]) await insertProgrammeItem(handle.db, p);
    for (const s of [march, december, nextYear, plenarySession, localSession]) {
      await insertSession(handle.db, s);
    }
  });
  afterAll(() => handle.close());

  const year2025 = {
    now: '2025-06-01T00:00:00.000Z',
    direction: 'all',
    from: '2024-12-31T23:00:00.000Z',
    to: '2025-12-31T23:00:00.000Z',
  } satisfies AgendaQuery;
  const ids = async (q: AgendaQuery) =>
    (await listAgenda(handle.db, q, { limit: 50 })).map((e) => e.id);

  it('lists a whole year, past and coming, in start order', async () => {
    expect(await ids(year2025)).toEqual([
      march.id,
      plenarySession.id,
      localSession.id,
      december.id,
    ]);
    expect(await countAgenda(handle.db, year2025)).toBe(4);
    expect(await ids({ ...year2025, direction: 'past' })).toEqual([march.id]);
  });

  it('keeps only the week items of one programme kind', async () => {
    const locals = { ...year2025, programmeKind: 'local_programme' } satisfies AgendaQuery;
    expect(await ids(locals)).toEqual([localSession.id]);
    expect(await countAgenda(handle.db, locals)).toBe(1);
    expect(await ids({ ...year2025, programmeKind: 'plenary' })).toEqual([plenarySession.id]);
    expect(await ids({ ...locals, kind: 'jam_session' })).toEqual([]);
  });

  it('finds the published report of a session, not a draft', async () => {
    expect(await findPublishedReportOfSession(handle.db, march.id)).toBeUndefined();
    const draft = aReport(march.id, { title: 'Concept' });
    await insertReport(handle.db, draft);
    expect(await findPublishedReportOfSession(handle.db, march.id)).toBeUndefined();
    const published = aReport(march.id, {
      title: 'Open deuren in maart',
      status: 'published',
      publishedAt: '2025-03-10T09:00:00.000Z',
    });
    await insertReport(handle.db, published);
    expect(await findPublishedReportOfSession(handle.db, march.id)).toEqual({
      slug: published.slug,
      title: 'Open deuren in maart',
    });
    expect(await findPublishedReportOfSession(handle.db, december.id)).toBeUndefined();
  });

  it('names the organisations of hosts and guests of an edition, and no others', async () => {
    expect(await listProgrammeOrganisations(handle.db, edition.id)).toEqual(
      [host, guestOrg]
        .map((o) => ({ id: o.id, name: o.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(await listProgrammeOrganisations(handle.db, randomUUID())).toEqual([]);
  });
});
