import { sql, type Kysely } from 'kysely';

/**
 * Keeps each report's search vector in its table row (compressed) instead of in the TOAST
 * table. A vector of a few kilobytes went out of line by default, so matching and ranking a
 * report meant fetching and reassembling its chunks from the TOAST table, twice (once for
 * `@@`, once for `ts_rank_cd`): a common word made the search cost grow with every report
 * that contains it (bench: growth of the report search). `main` still lets PostgreSQL move
 * the value out of line when a row would not fit in a page otherwise.
 *
 * The update rewrites every row, so vectors that were stored out of line move in now.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table report alter column search set storage main`.execute(db);
  await sql`update report set title = title`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table report alter column search set storage extended`.execute(db);
  await sql`update report set title = title`.execute(db);
}
