import type { Db } from '@jamsessie/api';
import { sql, type RawBuilder } from 'kysely';

/**
 * Tables whose rows public pages and feeds are made of. Every write to them goes through a
 * repository that bumps `version` and sets `updated_at` (optimistic concurrency), and the
 * join tables (`session_theme`, `series_theme_rotation`, …) are only rewritten together with
 * their parent row, so a change to any of them shows in the parent's version.
 */
export type VersionedTable =
  'session' | 'series' | 'theme' | 'movement' | 'week_edition' | 'programme_item';

/** What a data version covers: the tables read, and the clock readings a render depends on. */
export type DataVersionQuery = {
  readonly tables: readonly VersionedTable[];
  /** Counts the sessions that have ended at this instant (the agenda's coming/past split). */
  readonly endedAt?: string;
  /** Counts the sessions that started before this instant (a feed's window start). */
  readonly startedBefore?: string;
};

function tableVersion(table: VersionedTable, clockCounts: readonly RawBuilder<unknown>[]) {
  // Count catches deletes, the sum of versions every update, the newest change inserts.
  return sql<string>`(select concat_ws(':', count(*), coalesce(sum(version), 0),
    extract(epoch from max(updated_at))${sql.join(
      clockCounts.map((count) => sql`, ${count}`),
      sql``,
    )}) from ${sql.table(table)})`;
}

/** Clock-dependent counts over `session`, computed in the same scan as its version. */
function sessionClockCounts(query: DataVersionQuery): RawBuilder<unknown>[] {
  const counts: RawBuilder<unknown>[] = [];
  if (query.endedAt !== undefined) {
    counts.push(sql`count(*) filter (where ends_at <= ${query.endedAt})`);
  }
  if (query.startedBefore !== undefined) {
    counts.push(sql`count(*) filter (where starts_at < ${query.startedBefore})`);
  }
  return counts;
}

/**
 * A short text that changes whenever the data a render reads changes, in ONE small query:
 * per table the row count, the sum of row versions and the last change; plus, for renders
 * that depend on the clock, how many sessions have ended (or started before a window) by
 * then. Same text means same data: the render can be served from memory. Stateless: every
 * server process asks the database, so a change made through any process invalidates every
 * process's cache at its next request.
 *
 * @example await readDataVersion(db, { tables: ['session', 'series', 'theme'] })
 * // '66:70:1763900000.123|1:1:1763900000.1|8:8:1763900000.1'
 */
export async function readDataVersion(db: Db, query: DataVersionQuery): Promise<string> {
  const clockCounts = sessionClockCounts(query);
  const tables: VersionedTable[] =
    clockCounts.length > 0 && !query.tables.includes('session')
      ? ['session', ...query.tables]
      : [...query.tables];
  const parts = tables.map((table) => tableVersion(table, table === 'session' ? clockCounts : []));
  const result = await sql<{
    version: string;
  }>`select concat_ws('|', ${sql.join(parts)}) as version`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the data version query returned nothing');
  return row.version;
}
