import { ConsentLevel, consentAllows, type ReportStatus } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';
import {
  headlineParts,
  headlineSql,
  searchQuerySql,
  searchVectorSql,
  type HeadlinePart,
} from './search-headline.js';

/** One search hit: enough to find the report; its snippet is made from its public text. */
export type ReportSearchHit = {
  readonly id: string;
  /** The session it reports on: whose meeting links its text must not show. */
  readonly sessionId: string;
  readonly slug: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly themeIds: string[];
  readonly keywordIds: string[];
  readonly rank: number;
  /**
   * True when the editor's own text matched (title, intro, sections, tips): a sure hit. False
   * when only a quote or reaction did, by the consent the report last copied: the caller
   * checks that match again against the consents recorded now (`headlinesOf` on public text).
   */
  readonly editorMatch: boolean;
};

/** What to search and which page; `status` defaults to 'published' (the public search). */
export type ReportSearch = {
  readonly query: string;
  readonly status?: ReportStatus;
  readonly limit: number;
  readonly offset?: number;
};

/** The consent levels that allow quoting (the domain's rule), as the report copies them. */
const QUOTABLE_LEVELS = ConsentLevel.options.filter((level) => consentAllows(level, 'quotable'));

function matching(db: Executor, search: ReportSearch) {
  const tsQuery = searchQuerySql(search.query);
  const quoteMatch = sql<boolean>`exists (select 1 from jsonb_array_elements(r.sections) as sec(value)
    where sec.value -> 'quote' ->> 'consent' in (${sql.join(QUOTABLE_LEVELS)})
      and ${searchVectorSql(sql`sec.value -> 'quote' ->> 'text'`)} @@ ${tsQuery})`;
  const reactionMatch = sql<boolean>`exists (select 1 from reaction x
    where x.report_id = r.id and x.consent in (${sql.join(QUOTABLE_LEVELS)})
      and ${searchVectorSql(sql`x.text`)} @@ ${tsQuery})`;
  return {
    tsQuery,
    query: db
      .selectFrom('report as r')
      .where(sql<boolean>`(r.search @@ ${tsQuery} or ${quoteMatch} or ${reactionMatch})`)
      .where('r.status', '=', search.status ?? 'published'),
  };
}

/** Search totals stop here ("more than 1000 reports" is all a pager needs). */
export const SEARCH_COUNT_LIMIT = 1000;

/**
 * Full-text search in Dutch over title (strongest), intro and section headings, then
 * summaries and tips, and the quotes and reactions the report copied as quotable (never a
 * private quote, and never dilemma texts). Accepts web-style queries (`"open deur" -hek`,
 * `mantelzorgers or naasten`). Ranked, paged, with the total.
 *
 * @example await searchReports(db, { query: 'deuren', limit: 10 }) // finds "open deur"
 */
export async function searchReports(
  db: Executor,
  search: ReportSearch,
): Promise<{ hits: ReportSearchHit[]; total: number }> {
  if (search.query.trim() === '') return { hits: [], total: 0 };
  const { tsQuery, query } = matching(db, search);
  const rank = sql<number>`ts_rank_cd(r.search, ${tsQuery})`;
  const rows = await query
    .select([
      'r.id',
      'r.session_id',
      'r.slug',
      'r.title',
      'r.published_at',
      rank.as('rank'),
      sql<boolean>`r.search @@ ${tsQuery}`.as('editor_match'),
      sql<string[]>`coalesce((select json_agg(t.theme_id order by t.theme_id)
        from report_theme t where t.report_id = r.id), '[]')`.as('theme_ids'),
      sql<string[]>`coalesce((select json_agg(k.keyword_id order by k.keyword_id)
        from report_keyword k where k.report_id = r.id), '[]')`.as('keyword_ids'),
    ])
    .orderBy(rank, 'desc')
    .orderBy(sql`r.published_at desc nulls last`)
    .orderBy('r.id')
    .limit(search.limit)
    .offset(search.offset ?? 0)
    .execute();
  // Counted up to a limit, like the agenda: the cost of a count must not grow with the archive.
  const { n } = await db
    .selectFrom(matching(db, search).query.select('r.id').limit(SEARCH_COUNT_LIMIT).as('matching'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    total: n,
    hits: rows.map((row) => ({
      id: row.id,
      sessionId: row.session_id,
      slug: row.slug,
      title: row.title,
      publishedAt: row.published_at,
      themeIds: row.theme_ids,
      keywordIds: row.keyword_ids,
      rank: row.rank,
      editorMatch: row.editor_match,
    })),
  };
}

/** A text to mark the matches in: a title and a body, under a key of the caller's choice. */
export type HeadlineDocument = {
  readonly key: string;
  readonly title: string;
  readonly body: string;
};

/** Where a query matched in a {@link HeadlineDocument}. */
export type DocumentHeadline = {
  readonly key: string;
  /** Whether the query matches the title and body together. */
  readonly matches: boolean;
  /** The whole title, its matches marked. */
  readonly title: HeadlinePart[];
  /** Up to two fragments of the body around the matches; [] when the body has none. */
  readonly snippet: HeadlinePart[];
};

/**
 * Marks where a query matches in texts the caller gives (a report's PUBLIC text, after
 * consent and the link filter), with PostgreSQL's `ts_headline` in the search's own Dutch
 * config. So a result shows the passage that matched, and a match that is no longer public
 * (a withdrawn quote) is seen not to match.
 *
 * @example await headlinesOf(db, 'fietsen', [{ key: id, title: 'Verslag', body: 'Een fiets voor het team.' }])
 */
export async function headlinesOf(
  db: Executor,
  query: string,
  documents: readonly HeadlineDocument[],
): Promise<DocumentHeadline[]> {
  if (documents.length === 0 || query.trim() === '') return [];
  const tsQuery = searchQuerySql(query);
  const { rows } = await sql<{ key: string; matches: boolean; title: string; snippet: string }>`
    select d.key,
      ${searchVectorSql(sql`d.title || ' ' || d.body`)} @@ ${tsQuery} as matches,
      ${headlineSql(sql`d.title`, tsQuery, 'whole')} as title,
      case when ${searchVectorSql(sql`d.body`)} @@ ${tsQuery}
        then ${headlineSql(sql`d.body`, tsQuery, 'fragments')} else '' end as snippet
    from jsonb_to_recordset(${JSON.stringify(documents)}::jsonb) as d(key text, title text, body text)`.execute(
    db,
  );
  return rows.map((row) => ({
    key: row.key,
    matches: row.matches,
    title: headlineParts(row.title),
    snippet: headlineParts(row.snippet),
  }));
}
