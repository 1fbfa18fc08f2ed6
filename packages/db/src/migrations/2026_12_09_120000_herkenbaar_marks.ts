import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

/**
 * "Herkenbaar" (issue #17): participants mark, before a session, the questions they recognise,
 * and nobody — coordinators included — can see who marked what.
 *
 * - `herkenbaar_mark` holds one row per mark: a keyed hash (HMAC-SHA-256 under the key below)
 *   of the participant's proven address and the question, and the question. No person id, no
 *   address, no time (a time could be matched with a sign-in). The key as primary key makes a
 *   second mark of the same person on the same question impossible; a count is the number of
 *   rows of a question. A mark goes with its question.
 * - `herkenbaar_key` holds the installation's one HMAC key (one row), written by the first
 *   process that needs it (not here: a freshly migrated database stays empty for a restore),
 *   so every server process uses the same key and it survives restarts and a backup's
 *   restore. The API never returns it; without it a mark cannot be tied to an address, not
 *   even by trying addresses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table herkenbaar_key (
    id int primary key check (id = 1),
    secret text not null check (char_length(secret) >= 64)
  )`.execute(db);
  await sql`create table herkenbaar_mark (
    mark_key text primary key check (mark_key ~ '^[0-9a-f]{64}$'),
    dilemma_id uuid not null references dilemma(id) on delete cascade
  )`.execute(db);
  await sql`create index herkenbaar_mark_dilemma_idx on herkenbaar_mark (dilemma_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table herkenbaar_mark`.execute(db);
  await sql`drop table herkenbaar_key`.execute(db);
}
