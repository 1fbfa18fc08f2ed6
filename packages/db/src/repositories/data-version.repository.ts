import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/**
 * Tables whose rows public pages and feeds are made of. Each has a counter in `data_version`
 * that every committed change to it (or to its child tables: a session's themes, a Week's
 * days) raises, by triggers in the database (migration 2026_11_23_200100).
 */
export type PublicDataTable =
  | 'session'
  | 'series'
  | 'theme'
  | 'movement'
  | 'week_edition'
  | 'programme_item'
  | 'report'
  | 'keyword'
  | 'organisation';

/**
 * Every counter: what the public may read is made of these tables (and their child tables,
 * migrations 2026_11_23_200100 and 2026_12_09_140000). A read that depends on all public data
 * (the API's public reads) asks for all of them.
 */
export const PUBLIC_DATA_TABLES: readonly PublicDataTable[] = [
  'session',
  'series',
  'theme',
  'movement',
  'week_edition',
  'programme_item',
  'report',
  'keyword',
  'organisation',
];

/** What a data version covers: the tables read, and the clock readings a render depends on. */
export type DataVersionQuery = {
  readonly tables: readonly PublicDataTable[];
  /** The agenda's coming/past split at this instant: changes when a session ends. */
  readonly endedAt?: string;
  /** A window that starts at this instant (a feed's): changes when a session falls out. */
  readonly startedBefore?: string;
};

/**
 * A short text that changes whenever the data a render reads changes, in ONE small query
 * that costs the same at any size of the archive: the counters of the tables read, and, for
 * renders that depend on the clock, the next instant at which the clock changes what they
 * contain (the next session end after `endedAt`, the next session start from
 * `startedBefore`; both from an index). Same text means same data: the render can be served
 * from memory. Stateless: every server process asks the database, so a change committed
 * through any process invalidates every process's cache at its next request.
 *
 * @example await readDataVersion(db, { tables: ['session', 'series', 'theme'] })
 * // 'series:4|session:12|theme:1'
 */
export async function readDataVersion(db: Executor, query: DataVersionQuery): Promise<string> {
  return (await readDataVersionUntil(db, query)).version;
}

/** A data version and the next instant at which the clock alone changes it. */
export type DataVersionUntil = {
  readonly version: string;
  /** When the next session (after `endedAt`) ends; null without `endedAt` or without one. */
  readonly nextEndAt: string | null;
};

/**
 * {@link readDataVersion}, with the end of the next session to end apart: until then, and
 * while nothing is written, the version stands (for a process that sees every write).
 *
 * @example const { version, nextEndAt } = await readDataVersionUntil(db, { tables, endedAt });
 */
export async function readDataVersionUntil(
  db: Executor,
  query: DataVersionQuery,
): Promise<DataVersionUntil> {
  const nextEnd =
    query.endedAt === undefined
      ? sql`null`
      : sql`(select min(ends_at) from session where ends_at > ${query.endedAt})`;
  const nextStart =
    query.startedBefore === undefined
      ? sql`null`
      : sql`(select min(starts_at) from session where starts_at >= ${query.startedBefore})`;
  const result = await sql<{
    counters: string | null;
    next_end: string | null;
    next_start: string | null;
  }>`
    select (select string_agg(table_name || ':' || version, '|' order by table_name)
        from data_version where table_name = any(${sql.val([...query.tables])}::text[])) as counters,
      ${nextEnd} as next_end, ${nextStart} as next_start`.execute(db);
  const row = result.rows[0];
  if (!row?.counters) throw new Error('the data version query returned nothing');
  const version = [row.counters, row.next_end, row.next_start]
    .filter((part) => part !== null)
    .join('|');
  return { version, nextEndAt: row.next_end };
}
