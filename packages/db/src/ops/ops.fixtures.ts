import type { Kysely } from 'kysely';
import { listAgenda } from '../repositories/agenda.repository.js';
import { findPersonById } from '../repositories/person.repository.js';
import { listReports } from '../repositories/report.repository.js';
import type { Database } from '../schema.js';
import { readSnapshot } from './snapshot.read.js';
import type { SnapshotRecord } from './snapshot.records.js';

/** A fixed moment for the demo data and the reads, so no test depends on today. */
export const OPS_TEST_NOW = new Date('2029-03-05T09:00:00.000Z');

/**
 * What a visitor and a coordinator would see, read through the repositories: the agenda
 * (upcoming and past), every report, every person. Equal views mean an equal database to them.
 */
export async function visibleState(db: Kysely<Database>) {
  const now = OPS_TEST_NOW.toISOString();
  const ids = await db.selectFrom('person').select('id').orderBy('id').execute();
  return {
    upcoming: await listAgenda(db, { now, direction: 'upcoming' }, { limit: 500 }),
    past: await listAgenda(db, { now, direction: 'past' }, { limit: 500 }),
    reports: await listReports(db, {}, { limit: 500 }),
    people: await Promise.all(ids.map(({ id }) => findPersonById(db, id))),
  };
}

/** Every row of every table (and every sequence) as the snapshot reader sees it, by table. */
export async function everyRow(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  await readSnapshot(db, 'pglite', OPS_TEST_NOW, (record: SnapshotRecord) => {
    if (record.kind === 'rows') {
      const rows = JSON.parse(record.json) as unknown[];
      tables[record.table] = [...(tables[record.table] ?? []), ...rows];
    } else if (record.kind === 'sequence') {
      tables[`sequence ${record.name}`] = [record.lastValue, record.isCalled];
    }
    return Promise.resolve();
  });
  // The physical order is no part of the data.
  for (const rows of Object.values(tables)) {
    rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return tables;
}
