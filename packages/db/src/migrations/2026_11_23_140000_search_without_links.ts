import { sql, type Kysely } from 'kysely';

/**
 * Report search must not index links and addresses. A coordinator may paste a meeting link
 * into a report's text; the public output redacts it, but if the link's host were indexed,
 * a search for "zoom.us" or a guessed host would still answer "found" and so confirm it. The
 * copy of 'dutch' below drops the parser's link-like tokens (url, host, url_path, file,
 * email), so links and e-mail addresses are in no report's search vector at all.
 *
 * Frozen here, like every migration: the column is rebuilt with the same weights as in
 * 2026_11_23_120200, only the configuration differs.
 */
const SEARCH_VECTOR = sql`setweight(to_tsvector('jamsessie_dutch', title), 'A')
  || setweight(to_tsvector('jamsessie_dutch', intro), 'B')
  || setweight(jsonb_to_tsvector('jamsessie_dutch', jsonb_path_query_array(sections, '$[*].heading'), '["string"]'), 'B')
  || setweight(jsonb_to_tsvector('jamsessie_dutch', jsonb_path_query_array(sections, '$[*].summary')
       || jsonb_path_query_array(sections, '$[*].tips')
       || jsonb_path_query_array(sections, '$[*].takeAways')
       || tips, '["string"]'), 'C')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create text search configuration jamsessie_dutch (copy = pg_catalog.dutch)`.execute(db);
  await sql`alter text search configuration jamsessie_dutch
    drop mapping if exists for url, url_path, host, file, email`.execute(db);
  // Dropping the generated column drops its GIN index with it; both are rebuilt.
  await sql`alter table report drop column search`.execute(db);
  await sql`alter table report add column search tsvector not null
    generated always as (${SEARCH_VECTOR}) stored`.execute(db);
  await sql`create index report_search_idx on report using gin (search)`.execute(db);
}

/** The column as 2026_11_23_120200 made it (the stock 'dutch' configuration). */
const SEARCH_VECTOR_DUTCH = `setweight(to_tsvector('dutch', title), 'A')
  || setweight(to_tsvector('dutch', intro), 'B')
  || setweight(jsonb_to_tsvector('dutch', jsonb_path_query_array(sections, '$[*].heading'), '["string"]'), 'B')
  || setweight(jsonb_to_tsvector('dutch', jsonb_path_query_array(sections, '$[*].summary')
       || jsonb_path_query_array(sections, '$[*].tips')
       || jsonb_path_query_array(sections, '$[*].takeAways')
       || tips, '["string"]'), 'C')`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table report drop column search`.execute(db);
  await sql`alter table report add column search tsvector not null
    generated always as (${sql.raw(SEARCH_VECTOR_DUTCH)}) stored`.execute(db);
  await sql`create index report_search_idx on report using gin (search)`.execute(db);
  await sql`drop text search configuration jamsessie_dutch`.execute(db);
}
