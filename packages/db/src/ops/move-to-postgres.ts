import type { Kysely } from 'kysely';
import { rowCounts, tablesInCopyOrder } from './snapshot.catalog.js';
import { migrateToLatest } from '../migrator.js';
import { readSnapshot, snapshotHeader } from './snapshot.read.js';
import { restoreSnapshot, type RestoreRefusal } from './snapshot.restore.js';
import { dataVersions } from './snapshot.write.js';

/** One table after a move: its rows in the source and in the target. */
export type MovedTable = {
  /** The table's name. */
  readonly table: string;
  /** Rows in the PGlite folder. */
  readonly source: number;
  /** Rows on the PostgreSQL server after the move. */
  readonly target: number;
};

/** What a move found, table by table; `ok` only when every count and counter is equal. */
export type MoveOutcome = {
  /** Always true: the copy ran (see `matches` for the check). */
  readonly ok: true;
  /** Every table's row counts, in copy order. */
  readonly tables: readonly MovedTable[];
  /** Change counters (`data_version`) that differ, e.g. `['session: 4 ≠ 3']`; empty when equal. */
  readonly versionMismatches: readonly string[];
  /** Whether every table has as many rows in the target and every counter is equal. */
  readonly matches: boolean;
};

/**
 * Copies the database `source` (an embedded PGlite) into `target` (an empty PostgreSQL
 * database): the target gets the source's schema, every table in foreign-key order in one
 * transaction, the sequences, and the change counters; then row counts and counters are
 * compared table by table, and the target is migrated to the newest schema. The source is
 * only read. Refuses a target that holds data.
 */
export async function moveDatabase<S, T>(
  sourceDb: Kysely<S>,
  targetDb: Kysely<T>,
  now: Date,
): Promise<MoveOutcome | RestoreRefusal> {
  const source = sourceDb as Kysely<unknown>;
  const target = targetDb as Kysely<unknown>;
  const header = await snapshotHeader(source, 'pglite', now);
  const outcome = await restoreSnapshot(
    target,
    header,
    (sink) =>
      readSnapshot(source, 'pglite', now, (record) =>
        record.kind === 'header' ? Promise.resolve() : sink(record),
      ),
    { upgrade: false },
  );
  if (!outcome.ok) return outcome;
  const names = (await tablesInCopyOrder(source)).map((t) => t.name);
  const [before, after] = [await rowCounts(source, names), await rowCounts(target, names)];
  const tables = names.map((table) => ({
    table,
    source: before[table] ?? 0,
    target: after[table] ?? 0,
  }));
  const [sourceVersions, targetVersions] = [await dataVersions(source), await dataVersions(target)];
  const versionMismatches = [
    ...new Set([...Object.keys(sourceVersions), ...Object.keys(targetVersions)]),
  ]
    .filter((table) => sourceVersions[table] !== targetVersions[table])
    .map((table) => `${table}: ${targetVersions[table] ?? '—'} ≠ ${sourceVersions[table] ?? '—'}`);
  const matches = versionMismatches.length === 0 && tables.every((t) => t.source === t.target);
  // Compared at the source's schema; only then brought to the newest, as the server would.
  await migrateToLatest(target);
  return { ok: true, tables, versionMismatches, matches };
}
