import { sql, type Kysely } from 'kysely';

/**
 * Which counter a change to a table raises: the public tables count for themselves, their
 * child tables for their parent (a session's themes are part of the session, a Week day of
 * its edition).
 */
const COUNTED: Readonly<Record<string, string>> = {
  session: 'session',
  session_theme: 'session',
  session_movement: 'session',
  series: 'series',
  series_theme_rotation: 'series',
  theme: 'theme',
  movement: 'movement',
  week_edition: 'week_edition',
  week_day: 'week_edition',
  programme_item: 'programme_item',
  programme_role: 'programme_item',
};

/**
 * A version counter per public table, raised by triggers when a change to it commits, so
 * the server's feed and first-view caches learn "has anything changed?" from a few rows
 * instead of scanning the tables on every request (that cost grew with the archive).
 *
 * The triggers are deferred constraint triggers: they run at commit, after every other
 * statement of the transaction. The first one locks ALL counter rows, in one fixed order, so
 * the counters are the last locks a transaction takes and always in the same order: they
 * cannot be part of a deadlock, and writers to public tables wait for each other only while
 * committing. A transaction raises each counter once (transaction-local settings remember
 * it), however many rows it wrote. TRUNCATE is not counted (no code of ours uses it; a row
 * trigger cannot see it, and a statement trigger would lock in the middle of a transaction).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table data_version (
    table_name text primary key,
    version bigint not null default 0 check (version >= 0)
  )`.execute(db);
  const counters = [...new Set(Object.values(COUNTED))];
  await sql`insert into data_version (table_name)
    select unnest(${sql.val(counters)}::text[])`.execute(db);
  await sql`create function data_version_raise() returns trigger language plpgsql as $$
    declare
      flag text := 'jamsessie.data_version_raised_' || TG_ARGV[0];
    begin
      if current_setting('jamsessie.data_version_locked', true) is distinct from 'yes' then
        perform set_config('jamsessie.data_version_locked', 'yes', true);
        perform 1 from data_version order by table_name for update;
      end if;
      if current_setting(flag, true) is distinct from 'yes' then
        perform set_config(flag, 'yes', true);
        update data_version set version = version + 1 where table_name = TG_ARGV[0];
      end if;
      return null;
    end $$`.execute(db);
  for (const [table, counter] of Object.entries(COUNTED)) {
    await sql`create constraint trigger ${sql.raw(`${table}_data_version`)}
      after insert or update or delete on ${sql.table(table)}
      deferrable initially deferred for each row
      execute function data_version_raise(${sql.lit(counter)})`.execute(db);
  }
  // The agenda's and feeds' "when does the next session end" (part of their version).
  await sql`create index session_ends_at_idx on session (ends_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index session_ends_at_idx`.execute(db);
  for (const table of Object.keys(COUNTED)) {
    await sql`drop trigger ${sql.raw(`${table}_data_version`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function data_version_raise()`.execute(db);
  await sql`drop table data_version`.execute(db);
}
