import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { listAgenda } from '../repositories/agenda.repository.js';
import { findOrganisationsByEmailDomain } from '../repositories/organisation.repository.js';
import { listProgrammeItems } from '../repositories/programme.repository.js';
import {
  findProtocolRunBySession,
  listProtocolNotes,
} from '../repositories/protocol-run.repository.js';
import { findReportBySlug } from '../repositories/report.repository.js';
import { findSeriesById } from '../repositories/series.repository.js';
import { findSessionById, listSessionsOfSeries } from '../repositories/session.repository.js';
import { listWeekDays, listWeekEditions } from '../repositories/week.repository.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  APRIL_SESSION_ID,
  DEMO_PRIVATE_DILEMMA_MARKER,
  MARCH_SESSION_ID,
} from './demo-dilemmas.js';
import { DEMO_MEETING_LINK, SERIES_ID } from './demo-series.js';
import { WEEK_2021_ID } from './demo-week.js';
import { runSeedCommand } from './seed.command.js';
import { seedDemoData, seedIfEmpty } from './seed.js';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const IN_A_YEAR = '2027-11-23T10:00:00.000Z';

const TABLES = [
  'movement',
  'organisation',
  'participation',
  'series',
  'session',
  'week_day',
  'programme_item',
  'programme_role',
  'person',
  'attendance',
  'dilemma',
  'report',
  'reaction',
  'consent',
  'protocol_note',
] as const;

describe.each(databaseKindsUnderTest())('demo seed on %s', (kind) => {
  let handle: DatabaseHandle;
  let first: Awaited<ReturnType<typeof seedIfEmpty>>;

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      result[table] = Number(row.n);
    }
    return result;
  }

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    first = await seedIfEmpty(handle.db, { now: NOW });
  });
  afterAll(() => handle.close());

  it('seeds an empty database', () => {
    expect(first.seeded).toBe(true);
    expect(first.inserted).toBeGreaterThan(200);
    expect(first.skipped).toBe(0);
  });

  it('stores 3 March 2025 at 12:00Z and 7 April 2025 at 11:00Z', async () => {
    expect(await findSessionById(handle.db, MARCH_SESSION_ID)).toMatchObject({
      startsAt: '2025-03-03T12:00:00.000Z',
      endsAt: '2025-03-03T13:00:00.000Z',
      status: 'held',
    });
    expect((await findSessionById(handle.db, APRIL_SESSION_ID))?.startsAt).toBe(
      '2025-04-07T11:00:00.000Z',
    );
  });

  it('has sessions in every month of the twelve after now', async () => {
    const sessions = await listSessionsOfSeries(handle.db, SERIES_ID);
    const ahead = sessions.filter((s) => s.startsAt > NOW.toISOString() && s.startsAt <= IN_A_YEAR);
    expect(new Set(ahead.map((s) => s.startsAt.slice(0, 7))).size).toBe(12);
    expect(ahead.every((s) => s.status === 'planned')).toBe(true);
  });

  it('shows the upcoming jam sessions in the public agenda without the meeting link', async () => {
    const agenda = await listAgenda(
      handle.db,
      { now: NOW.toISOString(), direction: 'upcoming' },
      { limit: 50 },
    );
    expect(agenda.length).toBeGreaterThanOrEqual(12);
    expect(agenda.every((entry) => entry.linkOnRequest)).toBe(true);
    expect(JSON.stringify(agenda)).not.toContain(DEMO_MEETING_LINK);
  });

  it('publishes the 3 March report with three sections and five reactions', async () => {
    const report = await findReportBySlug(handle.db, 'korte-jamsessies-vrijheid-smaken-naar-meer');
    expect(report).toMatchObject({
      sessionId: MARCH_SESSION_ID,
      status: 'published',
      publishedAt: '2025-03-24T09:00:00.000Z',
    });
    expect(report?.sections).toHaveLength(3);
    expect(report?.reactions).toHaveLength(5);
    expect(report?.keywordIds).toHaveLength(13);
    expect(JSON.stringify(report)).not.toContain(DEMO_PRIVATE_DILEMMA_MARKER);
  });

  it('stores the finished protocol run with its notes', async () => {
    const run = await findProtocolRunBySession(handle.db, MARCH_SESSION_ID);
    expect(run?.state.phase).toBe('finished');
    expect((await listProtocolNotes(handle.db, run!.id)).length).toBe(run!.state.notes.length);
  });

  it('stores the 2021 week: five days, each closed by the RV Late Nightshow', async () => {
    const editions = await listWeekEditions(handle.db);
    expect(editions.map((edition) => edition.year)).toEqual(expect.arrayContaining([2021, 2022]));
    const days = await listWeekDays(handle.db, WEEK_2021_ID);
    expect(days).toHaveLength(5);
    for (const day of days) {
      const items = await listProgrammeItems(handle.db, { dayId: day.id });
      expect(items.filter((item) => item.kind === 'late_night_show')).toHaveLength(1);
      expect(items.at(-1)?.kind).toBe('late_night_show');
    }
  });

  it('finds the fictional organisations by their .example mail domain', async () => {
    const found = await findOrganisationsByEmailDomain(handle.db, 'delinde.example');
    expect(found.map((organisation) => organisation.name)).toEqual(['Zorggroep De Linde (demo)']);
  });

  it('does not seed a database that has data, and re-seeding duplicates nothing', async () => {
    const before = await counts();
    expect(await seedIfEmpty(handle.db, { now: NOW })).toEqual({
      seeded: false,
      inserted: 0,
      skipped: 0,
    });
    const again = await seedDemoData(handle.db, { now: NOW });
    expect(again.inserted).toBe(0);
    expect(again.skipped).toBe(first.inserted);
    expect(await counts()).toEqual(before);
  });

  it('adds only the new months, and extends the series, when seeded again later', async () => {
    const before = (await listSessionsOfSeries(handle.db, SERIES_ID)).length;
    const later = await seedDemoData(handle.db, { now: new Date('2027-02-15T10:00:00.000Z') });
    const after = (await listSessionsOfSeries(handle.db, SERIES_ID)).length;
    expect(after - before).toBe(3);
    expect(later.inserted).toBe(3);
    expect((await findSeriesById(handle.db, SERIES_ID))?.lastDate).toBe('2028-02-15');
  });

  it('runs as a command: --if-empty leaves a filled database alone', async () => {
    const lines: string[] = [];
    const code = await runSeedCommand(
      ['--if-empty'],
      {},
      {
        log: (line) => lines.push(line),
        // The test keeps its database open: the command's close() is a no-op here.
        open: () => Promise.resolve({ ...handle, close: () => Promise.resolve() }),
      },
    );
    expect(code).toBe(0);
    expect(lines).toEqual(['De database is niet leeg: geen demodata geladen.']);
  });
});
