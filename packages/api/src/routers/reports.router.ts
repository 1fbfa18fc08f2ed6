import { publicLinkFilter } from '../privacy/public-link-filter.js';
import {
  countReports,
  findKeywordBySlug,
  findReportBySlug,
  findSeriesById,
  findSessionById,
  findThemeBySlug,
  listReports,
  searchReports,
  type Executor,
} from '@jamsessie/db';
import { SearchQuery, Slug, toPublicSession, type PublicReport } from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { toPublicReports, toPublicSearchHits } from '../shared/public-reports.js';
import { publicProcedure, router } from '../trpc.js';

/** Reports considered for one search before theme/keyword filters and paging apply. */
const SEARCH_WINDOW = 500;

const ReportListInput = z
  .object({
    /** Dutch full-text search, web style ("open deur" -hek). */
    q: SearchQuery.optional(),
    theme: Slug.optional(),
    keyword: Slug.optional(),
    ...PageInput.shape,
  })
  .prefault({});

/** A piece of a search snippet: `match` marks the words that matched the query. */
export type SnippetPart = { text: string; match: boolean };

/** A report in a result list: no sections, reactions or quotes. */
export type ReportSummary = {
  id: string;
  slug: string;
  title: string;
  publishedAt: string | null;
  themeIds: string[];
  keywordIds: string[];
  /** Search matches in the intro, or the start of the intro when not searching. */
  snippet: SnippetPart[];
};

/** Splits PostgreSQL's `ts_headline` output (`<b>…</b>`) into plain parts, so no HTML is passed on. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<b>(.*?)<\/b>/gs;
  let last = 0;
  for (const m of headline.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: headline.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < headline.length) parts.push({ text: headline.slice(last), match: false });
  return parts.filter((p) => p.text !== '');
}

function introExcerpt(intro: string, max = 240): SnippetPart[] {
  const clean = intro.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean ? [{ text: clean, match: false }] : [];
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return [{ text: `${space > max / 2 ? cut.slice(0, space) : cut}…`, match: false }];
}

function summaryOf(report: PublicReport): ReportSummary {
  return {
    id: report.id,
    slug: report.slug,
    title: report.title,
    publishedAt: report.publishedAt,
    themeIds: report.themeIds,
    keywordIds: report.keywordIds,
    snippet: introExcerpt(report.intro),
  };
}

async function tagIds(db: Executor, input: { theme?: string; keyword?: string | undefined }) {
  const [theme, keyword] = await Promise.all([
    input.theme ? findThemeBySlug(db, input.theme) : undefined,
    input.keyword ? findKeywordBySlug(db, input.keyword) : undefined,
  ]);
  return {
    unknown: (input.theme && !theme) || (input.keyword && !keyword),
    themeId: theme?.id,
    keywordId: keyword?.id,
  };
}

/** The session a report is about, as the public sees it (its links redacted by the domain). */
async function publicSessionOf(db: Executor, sessionId: string) {
  const session = await findSessionById(db, sessionId);
  if (!session) return null;
  const series = session.seriesId ? await findSeriesById(db, session.seriesId) : undefined;
  return toPublicSession(session, { seriesLink: series?.meetingLink ?? null });
}

/**
 * Published reports: a searchable, filterable list and the report itself, built by
 * `toPublicReports` / `toPublicSearchHits` (consents refreshed from the consent history,
 * meeting links redacted), like the RSS feed.
 */
export const reportsRouter = router({
  list: publicProcedure.input(ReportListInput).query(async ({ ctx, input }) => {
    const tags = await tagIds(ctx.db, input);
    if (tags.unknown) return toPage<ReportSummary>([], 0, input);
    const q = input.q ?? '';
    // A search for a meeting link, its ID or its passcode finds nothing: a hit would confirm
    // that a report holds it, even though the report's public text shows only the redaction.
    if (q !== '' && (await publicLinkFilter(ctx.db)).redact(q) !== q) {
      return toPage<ReportSummary>([], 0, input);
    }
    if (q === '') {
      const filter = {
        status: 'published' as const,
        ...(tags.themeId ? { themeId: tags.themeId } : {}),
        ...(tags.keywordId ? { keywordId: tags.keywordId } : {}),
      };
      const [reports, total] = await Promise.all([
        listReports(ctx.db, filter, { limit: input.pageSize, offset: pageOffset(input) }),
        countReports(ctx.db, filter),
      ]);
      const visible = await toPublicReports(ctx.db, reports);
      return toPage(visible.map(summaryOf), total, input);
    }
    const { hits } = await searchReports(ctx.db, { query: q, limit: SEARCH_WINDOW });
    const matching = hits.filter(
      (hit) =>
        (!tags.themeId || hit.themeIds.includes(tags.themeId)) &&
        (!tags.keywordId || hit.keywordIds.includes(tags.keywordId)),
    );
    const start = pageOffset(input);
    const page = await toPublicSearchHits(ctx.db, matching.slice(start, start + input.pageSize));
    const items: ReportSummary[] = page.map((hit) => ({
      id: hit.id,
      slug: hit.slug,
      title: hit.title,
      publishedAt: hit.publishedAt,
      themeIds: hit.themeIds,
      keywordIds: hit.keywordIds,
      snippet: snippetParts(hit.snippet),
    }));
    return toPage(items, matching.length, input);
  }),

  bySlug: publicProcedure.input(z.object({ slug: Slug })).query(async ({ ctx, input }) => {
    const report = await findReportBySlug(ctx.db, input.slug);
    // Drafts are dropped by `toPublicReports`: they do not exist for the public.
    const [projected] = report ? await toPublicReports(ctx.db, [report]) : [];
    if (!report || !projected) {
      throw toTRPCError({ code: 'REPORT.NOT_FOUND', message: 'Dit verslag bestaat niet (meer).' });
    }
    return { report: projected, session: await publicSessionOf(ctx.db, report.sessionId) };
  }),
});
