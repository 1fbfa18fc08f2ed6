import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../database.js';
import { appliedMigrations, sequenceNames, tablesInCopyOrder } from './snapshot.catalog.js';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotHeader,
  type SnapshotSink,
} from './snapshot.records.js';

/** Rows per batch: small enough for one query parameter, large enough to be quick. */
const BATCH_ROWS = 500;

/** The header a snapshot of `db` taken now starts with (its schema is its migration list). */
export async function snapshotHeader<T>(
  db: Kysely<T>,
  engine: DatabaseKind,
  takenAt: Date,
): Promise<SnapshotHeader> {
  return {
    kind: 'header',
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    migrations: await appliedMigrations(db as Kysely<unknown>),
    engine,
    takenAt: takenAt.toISOString(),
  };
}

/**
 * Reads a whole database as snapshot records into `sink`: header, every table's rows in
 * foreign-key order, sequences, row counts. It reads inside one read-only `repeatable read`
 * transaction, so the snapshot is consistent while the server keeps serving.
 *
 * @example await readSnapshot(handle.db, 'pglite', new Date(), (record) => file.write(record));
 */
export async function readSnapshot<T>(
  db: Kysely<T>,
  engine: DatabaseKind,
  takenAt: Date,
  sink: SnapshotSink,
): Promise<SnapshotHeader> {
  return (db as Kysely<unknown>)
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const header = await snapshotHeader(trx, engine, takenAt);
      await sink(header);
      const counts: Record<string, number> = {};
      for (const table of await tablesInCopyOrder(trx)) {
        counts[table.name] = await readTable(trx, table.name, sink);
      }
      for (const name of await sequenceNames(trx)) {
        const { rows } = await sql<{ last_value: string; is_called: boolean }>`select
            last_value::text as last_value, is_called from ${sql.table(name)}`.execute(trx);
        const state = rows[0];
        if (state) {
          await sink({
            kind: 'sequence',
            name,
            lastValue: state.last_value,
            isCalled: state.is_called,
          });
        }
      }
      await sink({ kind: 'end', counts });
      return header;
    });
}

async function readTable(db: Kysely<unknown>, table: string, sink: SnapshotSink): Promise<number> {
  let read = 0;
  for (;;) {
    // Within the snapshot nothing moves, so the physical order pages through the table exactly.
    const { rows } = await sql<{ json: string; n: number }>`select
        coalesce(jsonb_agg(t), '[]'::jsonb)::text as json, count(*)::int as n
        from (select * from ${sql.table(table)} order by ctid
              limit ${BATCH_ROWS} offset ${read}) t`.execute(db);
    const batch = rows[0] ?? { json: '[]', n: 0 };
    if (batch.n > 0 || read === 0) await sink({ kind: 'rows', table, json: batch.json });
    read += batch.n;
    if (batch.n < BATCH_ROWS) return read;
  }
}
