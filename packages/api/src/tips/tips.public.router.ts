import { listReportTips, type Executor, type ReportTip } from '@jamsessie/db';
import type { ReportTipKind } from '@jamsessie/domain';
import { publicLinkFilter } from '../privacy/public-link-filter.js';
import { pageOffset, toPage } from '../shared/paging.js';
import {
  TaggedSearchInput,
  redactParts,
  searchesForMeetingLink,
  tagIds,
  type SnippetPart,
} from '../shared/tagged-search.js';
import { publicProcedure, router } from '../trpc.js';

/** A tip of the tips bank as anyone may see it: its text, where it came from, its tags. */
export type PublicTip = {
  id: string;
  kind: ReportTipKind;
  /** The text with the search matches marked (the whole text, unmarked, when not searching). */
  parts: SnippetPart[];
  /** The question of the report it came up with; null for a report's general tips. */
  sectionHeading: string | null;
  report: { slug: string; title: string; publishedAt: string | null };
  sessionStartsAt: string;
  themeIds: string[];
  keywordIds: string[];
};

/**
 * Tips of published reports as anyone may see them: only what a published report shows
 * (the tips are editor text, public with their report), every meeting link and its parts
 * redacted by the one public filter, also where a search mark would cut one in two.
 *
 * @example const tips = await toPublicTips(db, (await listReportTips(db, search)).tips);
 */
export async function toPublicTips(db: Executor, tips: readonly ReportTip[]): Promise<PublicTip[]> {
  const filter = await publicLinkFilter(db);
  return tips.map((tip) => ({
    id: tip.id,
    kind: tip.kind,
    parts: redactParts(tip.parts, filter),
    sectionHeading: tip.sectionHeading === null ? null : filter.redact(tip.sectionHeading),
    report: {
      slug: tip.reportSlug,
      title: filter.redact(tip.reportTitle),
      publishedAt: tip.reportPublishedAt,
    },
    sessionStartsAt: tip.sessionStartsAt,
    themeIds: tip.themeIds,
    keywordIds: tip.keywordIds,
  }));
}

/**
 * The tips bank (`/tips`): every tip and take-away of every published report as an item of
 * its own, derived from the report's published content on each read, so a tip is public
 * exactly while its report is. Searchable in Dutch with word forms, filterable by the
 * report's theme and keyword.
 */
export const tipsRouter = router({
  list: publicProcedure.input(TaggedSearchInput).query(async ({ ctx, input }) => {
    const tags = await tagIds(ctx.db, input);
    const q = input.q ?? '';
    if (tags.unknown || (await searchesForMeetingLink(ctx.db, q)))
      return toPage<PublicTip>([], 0, input);
    const { tips, total } = await listReportTips(ctx.db, {
      query: q,
      ...(tags.themeId ? { themeId: tags.themeId } : {}),
      ...(tags.keywordId ? { keywordId: tags.keywordId } : {}),
      limit: input.pageSize,
      offset: pageOffset(input),
    });
    return toPage(await toPublicTips(ctx.db, tips), total, input);
  }),
});
