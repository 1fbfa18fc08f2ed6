import {
  countReports,
  findReportBySlug,
  findSeriesById,
  findSessionById,
  listReports,
  searchReports,
  type Executor,
} from '@jamsessie/db';
import { Slug, toPublicSession, type PublicReport } from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { pageOffset, toPage } from '../shared/paging.js';
import { publicSearchMatches, toPublicReports } from '../shared/public-reports.js';
import {
  TaggedSearchInput,
  searchesForMeetingLink,
  tagIds,
  type SnippetPart,
} from '../shared/tagged-search.js';
import { publicProcedure, router } from '../trpc.js';

/** Reports considered for one search before theme/keyword filters and paging apply. */
const SEARCH_WINDOW = 500;

/** A report in a result list: no sections, reactions or quotes. */
export type ReportSummary = {
  id: string;
  slug: string;
  title: string;
  /** The title in parts, the words that matched a search marked. */
  titleParts: SnippetPart[];
  publishedAt: string | null;
  themeIds: string[];
  keywordIds: string[];
  /**
   * Passages around the search matches in the report's public text (intro, sections, tips,
   * quotes and reactions), or the start of the intro when not searching or when only the
   * title matched.
   */
  snippet: SnippetPart[];
};

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
    titleParts: [{ text: report.title, match: false }],
    publishedAt: report.publishedAt,
    themeIds: report.themeIds,
    keywordIds: report.keywordIds,
    snippet: introExcerpt(report.intro),
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
  list: publicProcedure.input(TaggedSearchInput).query(async ({ ctx, input }) => {
    const tags = await tagIds(ctx.db, input);
    const q = input.q ?? '';
    if (tags.unknown || (await searchesForMeetingLink(ctx.db, q))) {
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
    const tagged = hits.filter(
      (hit) =>
        (!tags.themeId || hit.themeIds.includes(tags.themeId)) &&
        (!tags.keywordId || hit.keywordIds.includes(tags.keywordId)),
    );
    // A report found only by a quote or reaction counts only when that text is public now.
    const rechecked = await publicSearchMatches(
      ctx.db,
      q,
      tagged.filter((hit) => !hit.editorMatch).map((hit) => hit.id),
    );
    const matching = tagged.filter((hit) => hit.editorMatch || rechecked.get(hit.id)?.matches);
    const start = pageOffset(input);
    const page = matching.slice(start, start + input.pageSize);
    const marked = await publicSearchMatches(
      ctx.db,
      q,
      page.map((hit) => hit.id).filter((id) => !rechecked.has(id)),
    );
    const items = page.flatMap((hit): ReportSummary[] => {
      const found = rechecked.get(hit.id) ?? marked.get(hit.id);
      if (!found) return [];
      return [
        {
          ...summaryOf(found.report),
          titleParts: found.title,
          ...(found.snippet.length > 0 ? { snippet: found.snippet } : {}),
        },
      ];
    });
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
