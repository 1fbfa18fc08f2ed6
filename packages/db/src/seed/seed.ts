import { sql, type Kysely, type Transaction } from 'kysely';
import { appendConsent } from '../repositories/consent.repository.js';
import { insertDilemma } from '../repositories/dilemma.repository.js';
import { insertMovement } from '../repositories/movement.repository.js';
import { insertActionTeam } from '../repositories/action-team.repository.js';
import { insertOrganisation } from '../repositories/organisation.repository.js';
import { insertParticipation } from '../repositories/participation.repository.js';
import { insertPerson, recordAttendance } from '../repositories/person.repository.js';
import { insertProgrammeItem } from '../repositories/programme.repository.js';
import { insertProtocolRun } from '../repositories/protocol-run.repository.js';
import { insertReport } from '../repositories/report.repository.js';
import type { WriteResult } from '../repositories/repository.helpers.js';
import { findSeriesById, insertSeries, updateSeries } from '../repositories/series.repository.js';
import { insertSession } from '../repositories/session.repository.js';
import { insertKeyword, insertTheme } from '../repositories/taxonomy.repository.js';
import { insertWeekDay, insertWeekEdition } from '../repositories/week.repository.js';
import type { Database } from '../schema.js';
import { buildDemoData, type DemoData } from './demo-data.js';

/** What the seed did: rows written, and rows left alone because they were already there. */
export type SeedResult = {
  readonly seeded: boolean;
  readonly inserted: number;
  readonly skipped: number;
};

/** Options of the seed: `now` decides how far the series runs and which sessions are held. */
export type SeedOptions = { readonly now: Date };

// One lock for every seeding process: two servers starting on an empty database at once
// must not both seed (the second waits, then finds the data).
const SEED_LOCK = 7_401_202_503;

type Tally = { inserted: number; skipped: number };

async function each<T>(
  rows: readonly T[],
  tally: Tally,
  write: (row: T) => Promise<WriteResult<unknown> | boolean>,
): Promise<void> {
  for (const row of rows) {
    const result = await write(row);
    if (typeof result === 'boolean') {
      tally[result ? 'inserted' : 'skipped'] += 1;
    } else if (result.ok) {
      tally.inserted += 1;
    } else if (result.error.code === 'CONFLICT.DUPLICATE') {
      tally.skipped += 1;
    } else {
      throw new Error(`demo seed: ${result.error.code} ${result.error.message}`);
    }
  }
}

/**
 * Writes the demo data through the repositories, parents before children. A row whose id (or
 * unique slug) is already taken is skipped, so seeding again adds only what is missing (for
 * example the sessions of months that came into the horizon since).
 */
async function writeDemoData(trx: Transaction<Database>, data: DemoData): Promise<Tally> {
  const tally: Tally = { inserted: 0, skipped: 0 };
  await each(data.movements, tally, (m) => insertMovement(trx, m));
  await each(data.organisations, tally, (o) => insertOrganisation(trx, o));
  await each(data.participations, tally, (p) => insertParticipation(trx, p));
  await each(data.actionTeams, tally, (t) => insertActionTeam(trx, t));
  await each(data.themes, tally, (t) => insertTheme(trx, t));
  await each(data.keywords, tally, (k) => insertKeyword(trx, k));
  await each(data.series, tally, (s) => insertSeries(trx, s));
  await extendSeries(trx, data);
  await each(data.weekEditions, tally, (e) => insertWeekEdition(trx, e));
  await each(data.weekDays, tally, (d) => insertWeekDay(trx, d));
  await each(data.programmeItems, tally, (i) => insertProgrammeItem(trx, i));
  await each(data.sessions, tally, (s) => insertSession(trx, s));
  await each(data.people, tally, (p) => insertPerson(trx, p));
  await each(data.attendance, tally, (a) => recordAttendance(trx, a.sessionId, a.personId));
  await each(data.dilemmas, tally, (d) => insertDilemma(trx, d));
  await each(data.protocolRuns, tally, (r) => insertProtocolRun(trx, r));
  await each(data.reports, tally, (r) => insertReport(trx, r));
  // Consent history is append-only and its repository has no "insert unless present": ask
  // which demo records exist first, so a second seed appends nothing twice.
  const ids = data.consents.map((record) => record.id);
  const present = new Set(
    ids.length === 0
      ? []
      : (await trx.selectFrom('consent').select('id').where('id', 'in', ids).execute()).map(
          (row) => row.id,
        ),
  );
  await each(data.consents, tally, async (record) => {
    if (present.has(record.id)) return false;
    await appendConsent(trx, record);
    return true;
  });
  return tally;
}

/**
 * A later seed plans sessions further ahead: move a stored demo series' last date along, so
 * the series and its sessions agree. Never shortens a series, never touches an open-ended one.
 */
async function extendSeries(trx: Transaction<Database>, data: DemoData): Promise<void> {
  for (const demo of data.series) {
    const stored = await findSeriesById(trx, demo.id);
    if (!stored || stored.lastDate === null || demo.lastDate === null) continue;
    if (stored.lastDate >= demo.lastDate) continue;
    const saved = await updateSeries(trx, { ...stored, lastDate: demo.lastDate });
    if (!saved.ok) throw new Error(`demo seed: ${saved.error.code} ${saved.error.message}`);
  }
}

async function lock(trx: Transaction<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
}

/**
 * Loads the demo data (see `buildDemoData`) in one transaction: movements, organisations,
 * the 2025 jam-session series continued through the twelve months after `now`, the 3 March
 * 2025 session with its dilemmas, run and published report, and the 2021 and 2022 weeks.
 * Safe to run again: existing rows are left as they are, missing ones are added.
 *
 * @example await seedDemoData(db, { now: new Date() }) // { seeded: true, inserted: 230, skipped: 0 }
 */
export async function seedDemoData(
  db: Kysely<Database>,
  options: SeedOptions,
): Promise<SeedResult> {
  const data = buildDemoData(options.now);
  const tally = await db.transaction().execute(async (trx) => {
    await lock(trx);
    return writeDemoData(trx, data);
  });
  return { seeded: true, ...tally };
}

/**
 * Loads the demo data only into an empty database (no movements yet): what the server does
 * on start, so a fresh install shows a full agenda and a real install is never touched.
 *
 * @example const { seeded } = await seedIfEmpty(db, { now: new Date() });
 */
export async function seedIfEmpty(db: Kysely<Database>, options: SeedOptions): Promise<SeedResult> {
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    const existing = await trx.selectFrom('movement').select('id').limit(1).executeTakeFirst();
    if (existing) return { seeded: false, inserted: 0, skipped: 0 };
    const tally = await writeDemoData(trx, buildDemoData(options.now));
    return { seeded: true, ...tally };
  });
}
