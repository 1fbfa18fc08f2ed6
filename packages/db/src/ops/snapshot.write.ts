import { sql, type Kysely, type Transaction } from 'kysely';
import { DATA_VERSION_TABLE, rowCounts, type CopyTable } from './snapshot.catalog.js';
import type { SnapshotRecord } from './snapshot.records.js';

/** Writes snapshot records into a migrated, empty database, inside one transaction. */
export type SnapshotWriter = {
  /** Writes one record (rows, sequence or end); the header is handled before the writer. */
  write(record: SnapshotRecord): Promise<void>;
  /** Checks that the end record came and every count matched; throws otherwise. */
  finish(): Promise<void>;
};

/**
 * A writer into `trx` for the given tables (of the target, at the snapshot's migration). The
 * change-counter triggers are made immediate, so they run while the tables fill and
 * `data_version`, written last, ends with the snapshot's counters. With `raiseVersionsAbove`
 * (the counters the target had before it was emptied) every counter ends above both, so a
 * browser's cached answer of the old data is not taken for the restored one.
 */
export async function createSnapshotWriter(
  trx: Transaction<unknown>,
  tables: readonly CopyTable[],
  raiseVersionsAbove?: Readonly<Record<string, number>>,
): Promise<SnapshotWriter> {
  await sql`set constraints all immediate`.execute(trx);
  const byName = new Map(tables.map((table) => [table.name, table]));
  let versionsCleared = false;
  let ended = false;
  return {
    async write(record) {
      if (record.kind === 'header') throw new Error('a snapshot has one header, first');
      if (record.kind === 'rows') {
        const table = byName.get(record.table);
        if (!table) throw new Error(`the target has no table ${record.table}`);
        if (table.name === DATA_VERSION_TABLE && !versionsCleared) {
          // The migration and the triggers of the tables written before filled it.
          await sql`delete from ${sql.table(DATA_VERSION_TABLE)}`.execute(trx);
          versionsCleared = true;
        }
        await insertRows(trx, table, record.json);
      } else if (record.kind === 'sequence') {
        await sql`select setval(${record.name}::regclass, ${record.lastValue}::bigint,
          ${record.isCalled})`.execute(trx);
      } else {
        const actual = await rowCounts(trx, Object.keys(record.counts));
        for (const [table, expected] of Object.entries(record.counts)) {
          if (actual[table] !== expected) {
            throw new Error(`table ${table}: ${actual[table]} rows written, ${expected} expected`);
          }
        }
        if (raiseVersionsAbove) await raiseVersions(trx, raiseVersionsAbove);
        ended = true;
      }
    },
    finish() {
      if (!ended) return Promise.reject(new Error('the snapshot ends early: it is incomplete'));
      return Promise.resolve();
    },
  };
}

async function insertRows(trx: Kysely<unknown>, table: CopyTable, json: string): Promise<void> {
  const columns = sql.join(table.columns.map((column) => sql.ref(column)));
  const overriding = table.identityAlways ? sql`overriding system value` : sql``;
  await sql`insert into ${sql.table(table.name)} (${columns}) ${overriding}
    select ${columns} from jsonb_populate_recordset(null::${sql.table(table.name)},
      ${json}::jsonb)`.execute(trx);
}

async function raiseVersions(
  trx: Kysely<unknown>,
  before: Readonly<Record<string, number>>,
): Promise<void> {
  for (const [table, version] of Object.entries(before)) {
    await sql`update ${sql.table(DATA_VERSION_TABLE)}
      set version = greatest(version, ${version}::bigint) + 1
      where table_name = ${table}`.execute(trx);
  }
}

/** The change counters, e.g. `{ session: 12, series: 3 }` (none before that migration). */
export async function dataVersions<T>(database: Kysely<T>): Promise<Record<string, number>> {
  const db = database as Kysely<unknown>;
  const { rows: exists } = await sql<{ found: boolean }>`select to_regclass(
      ${`public.${DATA_VERSION_TABLE}`}) is not null as found`.execute(db);
  if (!exists[0]?.found) return {};
  const { rows } = await sql<{ table_name: string; version: string }>`select table_name,
      version::text as version from ${sql.table(DATA_VERSION_TABLE)}
      order by table_name`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.table_name, Number(r.version)]));
}
