import { sql, type Kysely } from 'kysely';

/**
 * The tables the public reads of reports, tips, keywords and participating organisations are
 * made of, and the counter each raises. The first migration counted what the feeds and the
 * first view read; the API's public reads also read reports with their consents (a
 * withdrawal must hide a text at the next request), keywords and organisations. A session's
 * former slugs belong to the session: a lookup by an old address reads them.
 */
const COUNTED: Readonly<Record<string, string>> = {
  session_former_slug: 'session',
  report: 'report',
  report_theme: 'report',
  report_keyword: 'report',
  report_revision: 'report',
  report_client_clearance: 'report',
  reaction: 'report',
  consent: 'report',
  dilemma: 'report',
  dilemma_wording: 'report',
  person: 'report',
  keyword: 'keyword',
  organisation: 'organisation',
  organisation_email_domain: 'organisation',
  participation: 'organisation',
  action_team: 'organisation',
};

/**
 * More data version counters (see 2026_11_23_200100_data_version), with the same deferred
 * triggers and the same function, so the server can serve the API's public reads from memory
 * per data version as it does the feeds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const counters = [...new Set(Object.values(COUNTED))].filter((name) => name !== 'session');
  await sql`insert into data_version (table_name)
    select unnest(${sql.val(counters)}::text[]) on conflict do nothing`.execute(db);
  for (const [table, counter] of Object.entries(COUNTED)) {
    await sql`create constraint trigger ${sql.raw(`${table}_data_version`)}
      after insert or update or delete on ${sql.table(table)}
      deferrable initially deferred for each row
      execute function data_version_raise(${sql.lit(counter)})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of Object.keys(COUNTED)) {
    await sql`drop trigger ${sql.raw(`${table}_data_version`)} on ${sql.table(table)}`.execute(db);
  }
  const counters = [...new Set(Object.values(COUNTED))].filter((name) => name !== 'session');
  await sql`delete from data_version where table_name = any(${sql.val(counters)}::text[])`.execute(
    db,
  );
}
