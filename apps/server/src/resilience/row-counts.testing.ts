import type { Db } from '@jamsessie/api';
import { sql } from 'kysely';

/** Row count per table of the public schema (Kysely's own bookkeeping left out). */
export type RowCounts = Record<string, number>;

/**
 * Tables whose rows a refused request may legitimately add: rate-limit counters count every
 * attempt, refused ones included (that is what makes them limits), and a refused sign-in is
 * a failure the throttle remembers.
 */
export const COUNTERS_OF_ATTEMPTS = ['rate_limit', 'login_failure'] as const;

async function tableNames(db: Db): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return tables.rows.map((row) => row.table_name);
}

/**
 * Counts the rows of every table in ONE statement (cheap enough to run around every fuzzed
 * request). A new table is counted without editing this file.
 *
 * @example const before = await rowCounts(db); …; expect(await rowCounts(db)).toEqual(before);
 */
export async function rowCounts(db: Db): Promise<RowCounts> {
  const names = await tableNames(db);
  const columns = names.map(
    (name) => sql`(select count(*)::int from ${sql.table(name)}) as ${sql.ref(name)}`,
  );
  const result = await sql<RowCounts>`select ${sql.join(columns)}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('row count query returned nothing');
  return Object.fromEntries(names.map((name) => [name, Number(row[name])]));
}

/**
 * {@link rowCounts} without the {@link COUNTERS_OF_ATTEMPTS}: what must stay equal when a
 * request is refused.
 *
 * @example expect(await contentCounts(db)).toEqual(before);
 */
export async function contentCounts(db: Db): Promise<RowCounts> {
  const counts = await rowCounts(db);
  for (const table of COUNTERS_OF_ATTEMPTS) delete counts[table];
  return counts;
}
