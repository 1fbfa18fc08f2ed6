import type { ReportStatus } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/**
 * The text-search configuration of reports: a copy of 'dutch' (Snowball stemming, which
 * PGlite 0.5 ships too) that indexes no links, hosts or e-mail addresses, so a search cannot
 * confirm a pasted meeting link (migration 2026_11_23_140000).
 */
export const REPORT_SEARCH_CONFIG = 'jamsessie_dutch';

/** One search hit: enough for a result list, with a highlighted snippet of the intro. */
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
  /** A fragment of the intro with matches in `<b>…</b>`; from the editor's own text only. */
  readonly snippet: string;
};

/** What to search and which page; `status` defaults to 'published' (the public search). */
export type ReportSearch = {
  readonly query: string;
  readonly status?: ReportStatus;
  readonly limit: number;
  readonly offset?: number;
};

function matching(db: Executor, search: ReportSearch) {
  const tsQuery = sql`websearch_to_tsquery(${sql.lit(REPORT_SEARCH_CONFIG)}, ${search.query})`;
  return {
    tsQuery,
    query: db
      .selectFrom('report as r')
      .where(sql`r.search`, '@@', tsQuery)
      .where('r.status', '=', search.status ?? 'published'),
  };
}

/** Search totals stop here ("more than 1000 reports" is all a pager needs). */
export const SEARCH_COUNT_LIMIT = 1000;

/**
 * Full-text search in Dutch over title (strongest), intro and section headings, then
 * summaries and tips; quotes and dilemma texts are never indexed (consent). Accepts web-style
 * queries (`"open deur" -hek`, `mantelzorgers or naasten`). Ranked, paged, with the total.
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
      sql<string>`ts_headline(${sql.lit(REPORT_SEARCH_CONFIG)}, r.intro, ${tsQuery}, 'MaxWords=35, MinWords=15, MaxFragments=1')`.as(
        'snippet',
      ),
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
      snippet: row.snippet,
    })),
  };
}
