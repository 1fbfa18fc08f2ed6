import type { ReportTipKind } from '@jamsessie/domain';
import { sql, type RawBuilder } from 'kysely';
import {
  headlineParts,
  headlineSql,
  searchQuerySql,
  searchVectorSql,
  type HeadlinePart,
} from './search-headline.js';
import type { Executor } from './repository.helpers.js';

/**
 * One tip or take-away of a published report, as an item of its own (the tips bank). Derived
 * from the report's published content on every read, never stored apart: it exists exactly
 * as long as the report is published, and says what its last published revision says.
 */
export type ReportTip = {
  /** Stable while the report keeps this text at this place (an RSS guid, a React key). */
  readonly id: string;
  readonly kind: ReportTipKind;
  readonly text: string;
  /** The text with the search matches marked; the whole text unmarked when not searching. */
  readonly parts: HeadlinePart[];
  /** The heading of the report section it came up in; null for the report's general tips. */
  readonly sectionHeading: string | null;
  readonly reportId: string;
  readonly reportSlug: string;
  readonly reportTitle: string;
  readonly reportPublishedAt: string | null;
  /** The start of the session the report is about. */
  readonly sessionStartsAt: string;
  /** The report's themes and keywords: a tip is tagged as its report is. */
  readonly themeIds: string[];
  readonly keywordIds: string[];
};

/** What to list: a Dutch full-text query (web style), tag filters, a page. */
export type ReportTipSearch = {
  readonly query?: string;
  readonly themeId?: string;
  readonly keywordId?: string;
  readonly limit: number;
  readonly offset?: number;
};

// Every tip, take-away and general tip of every PUBLISHED report, one row each, in report
// order (position). Unpublishing (status back to 'draft') removes them at once.
const publishedTips = sql`
  select r.id as report_id, r.slug as report_slug, r.title as report_title,
    r.published_at as report_published_at, s.starts_at as session_starts_at,
    t.kind, t.section_heading, t.text, t.position
  from report r
  join session s on s.id = r.session_id
  cross join lateral (
    select 'tip'::text as kind, sec.value ->> 'heading' as section_heading,
        item.value #>> '{}' as text, sec.n * 1000 + item.n as position
      from jsonb_array_elements(r.sections) with ordinality as sec(value, n)
      cross join lateral jsonb_array_elements(sec.value -> 'tips') with ordinality as item(value, n)
    union all
    select 'takeAway'::text, sec.value ->> 'heading', item.value #>> '{}', sec.n * 1000 + 500 + item.n
      from jsonb_array_elements(r.sections) with ordinality as sec(value, n)
      cross join lateral jsonb_array_elements(sec.value -> 'takeAways') with ordinality as item(value, n)
    union all
    select 'general'::text, null, item.value #>> '{}', 1000000 + item.n
      from jsonb_array_elements(r.tips) with ordinality as item(value, n)
  ) t
  where r.status = 'published'`;

function conditions(search: ReportTipSearch, tsQuery: RawBuilder<unknown> | null) {
  const where: RawBuilder<unknown>[] = [sql`true`];
  if (search.themeId !== undefined)
    where.push(sql`exists (select 1 from report_theme x
      where x.report_id = tip.report_id and x.theme_id = ${search.themeId})`);
  if (search.keywordId !== undefined)
    where.push(sql`exists (select 1 from report_keyword x
      where x.report_id = tip.report_id and x.keyword_id = ${search.keywordId})`);
  if (tsQuery) where.push(sql`${searchVectorSql(sql`tip.text`)} @@ ${tsQuery}`);
  return sql.join(where, sql` and `);
}

type TipRow = {
  id: string;
  kind: ReportTipKind;
  text: string;
  headline: string | null;
  section_heading: string | null;
  report_id: string;
  report_slug: string;
  report_title: string;
  report_published_at: string | null;
  session_starts_at: string;
  theme_ids: string[];
  keyword_ids: string[];
};

/**
 * The tips bank: tips and take-aways of published reports, newest session first (in report
 * order within a report), or, when searching, best match first. Dutch full text with word
 * forms ("fietsen" finds "fiets"), in the config that indexes no links. Paged, with the total.
 *
 * @example await listReportTips(db, { query: 'fietsen', limit: 20 }) // the team bicycle tip
 */
export async function listReportTips(
  db: Executor,
  search: ReportTipSearch,
): Promise<{ tips: ReportTip[]; total: number }> {
  const query = search.query?.trim() ?? '';
  const tsQuery = query === '' ? null : searchQuerySql(query);
  const where = conditions(search, tsQuery);
  const rank = tsQuery
    ? sql`ts_rank_cd(${searchVectorSql(sql`tip.text`)}, ${tsQuery})`
    : sql`0::real`;
  const headline = tsQuery ? headlineSql(sql`tip.text`, tsQuery, 'whole') : sql`null`;
  const { rows } = await sql<TipRow>`
    select md5(tip.report_id::text || ':' || tip.kind || ':' || tip.position || ':' || tip.text) as id,
      tip.kind, tip.text, ${headline} as headline, tip.section_heading,
      tip.report_id, tip.report_slug, tip.report_title, tip.report_published_at,
      tip.session_starts_at,
      coalesce((select json_agg(x.theme_id order by x.theme_id)
        from report_theme x where x.report_id = tip.report_id), '[]') as theme_ids,
      coalesce((select json_agg(x.keyword_id order by x.keyword_id)
        from report_keyword x where x.report_id = tip.report_id), '[]') as keyword_ids
    from (${publishedTips}) tip
    where ${where}
    order by ${rank} desc, tip.session_starts_at desc, tip.report_id, tip.position
    limit ${search.limit} offset ${search.offset ?? 0}`.execute(db);
  const { rows: counted } = await sql<{ n: number | string }>`
    select count(*) as n from (${publishedTips}) tip where ${where}`.execute(db);
  return { tips: rows.map(tipFromRow), total: Number(counted[0]?.n ?? 0) };
}

function tipFromRow(row: TipRow): ReportTip {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    parts: row.headline === null ? [{ text: row.text, match: false }] : headlineParts(row.headline),
    sectionHeading: row.section_heading,
    reportId: row.report_id,
    reportSlug: row.report_slug,
    reportTitle: row.report_title,
    reportPublishedAt: row.report_published_at,
    sessionStartsAt: row.session_starts_at,
    themeIds: row.theme_ids,
    keywordIds: row.keyword_ids,
  };
}
