import { Feed } from 'feed';
import { filterForPublic, toPublicTips } from '@jamsessie/api';
import { listReportTips, listThemes } from '@jamsessie/db';
import {
  excerptOf,
  feedPaths,
  formatDayMonthYear,
  publicPaths,
  reportTipKindLabels,
} from '@jamsessie/domain';
import { escapeHtml } from '../escape-html.js';
import { createRssHandler, type FeedOptions } from './rss-feed.js';

/** The newest tips a feed reader sees. */
const MAX_ITEMS = 100;

/**
 * Renders the RSS 2.0 feed of the tips bank: the tips and take-aways of published reports,
 * newest session first, each linking to its report. Built like `/verslagen.rss`: from the
 * API's public projection (`toPublicTips`, derived from published reports only) and passed
 * through the filter of ALL meeting links before it is rendered.
 *
 * @example const xml = await renderTipsRss({ db, now: () => new Date(), baseUrl });
 */
export async function renderTipsRss(options: FeedOptions): Promise<string> {
  const [{ tips }, themes] = await Promise.all([
    listReportTips(options.db, { limit: MAX_ITEMS }),
    listThemes(options.db),
  ]);
  const [published, labels] = await filterForPublic(options.db, [
    await toPublicTips(options.db, tips),
    Object.fromEntries(themes.map((theme) => [theme.id, theme.label])),
  ] as const);
  const newest = published
    .map((tip) => tip.report.publishedAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  const feed = new Feed({
    title: 'Tips uit de Jamsessies – Radicale vernieuwing',
    description:
      'Tips en inzichten uit de verslagen van de Jamsessies, elk met het verslag waar ze uit komen.',
    id: `${options.baseUrl}${publicPaths.tips()}`,
    link: `${options.baseUrl}${publicPaths.tips()}`,
    language: 'nl',
    ttl: 60,
    generator: 'Jamsessie',
    copyright: 'Radicale vernieuwing',
    feedLinks: { rss: `${options.baseUrl}${feedPaths.tipsRss()}` },
    updated: newest ? new Date(newest) : options.now(),
  });
  for (const tip of published) {
    const text = tip.parts.map((part) => part.text).join('');
    const link = `${options.baseUrl}${publicPaths.report(tip.report.slug)}`;
    const source = `${reportTipKindLabels[tip.kind]}, uit het verslag „${tip.report.title}” van de Jamsessie van ${formatDayMonthYear(tip.sessionStartsAt)}.`;
    feed.addItem({
      title: excerptOf(text, 90),
      id: `${options.baseUrl}${publicPaths.tips()}#tip-${tip.id}`,
      guid: `${options.baseUrl}${publicPaths.tips()}#tip-${tip.id}`,
      link,
      date: new Date(tip.report.publishedAt ?? tip.sessionStartsAt),
      description: text,
      content: `<p>${escapeHtml(text)}</p><p>${escapeHtml(source)}</p>`,
      category: tip.themeIds.flatMap((id) => {
        const name = labels[id];
        return name ? [{ name }] : [];
      }),
    });
  }
  return feed.rss2();
}

/** Serves `/tips.rss` with an ETag and five minutes of caching; false for other paths. */
export function createTipsRssHandler(options: FeedOptions) {
  return createRssHandler(feedPaths.tipsRss(), () => renderTipsRss(options));
}
