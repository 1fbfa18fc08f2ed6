import { Feed } from 'feed';
import { filterForPublic, toPublicReports } from '@jamsessie/api';
import { listReports, listThemes } from '@jamsessie/db';
import { feedPaths, publicPaths, publicUrl, type PublicReport } from '@jamsessie/domain';
import { escapeHtml } from '../escape-html.js';
import { createRssHandler, type FeedOptions } from './rss-feed.js';

/** The newest reports a feed reader sees. */
const MAX_ITEMS = 50;

const paragraph = (text: string) => (text.trim() ? `<p>${escapeHtml(text)}</p>` : '');
const list = (items: readonly string[]) =>
  items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';

/**
 * The report as HTML for feed readers, from the PUBLIC projection only: dilemma texts,
 * quotes and reactions appear only when their authors consented (`publicReport` decides).
 */
export function reportHtml(report: PublicReport): string {
  const sections = report.sections.map(
    (section) =>
      `<h2>${escapeHtml(section.heading)}</h2>` +
      (section.dilemmaText ? `<blockquote>${paragraph(section.dilemmaText)}</blockquote>` : '') +
      paragraph(section.summary) +
      list(section.tips) +
      list(section.takeAways) +
      (section.quote ? `<blockquote>${paragraph(section.quote.text)}</blockquote>` : ''),
  );
  const tips = report.tips.length ? `<h2>Tips</h2>${list(report.tips)}` : '';
  const reactions = report.reactions.length
    ? `<h2>Reacties</h2>${report.reactions.map((r) => `<blockquote>${paragraph(r.text)}</blockquote>`).join('')}`
    : '';
  return paragraph(report.intro) + sections.join('') + tips + reactions;
}

/**
 * Renders the RSS 2.0 feed of published reports, newest first. Drafts never appear, and
 * each item is built by the API's `toPublicReports` (as `reports.bySlug` is): consents
 * refreshed from the consent history, so a withdrawn one hides its text at once, and the
 * meeting links of the report's session and series redacted from every text.
 *
 * @example const xml = await renderReportsRss({ db, now: () => new Date(), baseUrl });
 */
export async function renderReportsRss(options: FeedOptions): Promise<string> {
  const [reports, themes] = await Promise.all([
    listReports(options.db, { status: 'published' }, { limit: MAX_ITEMS }),
    listThemes(options.db),
  ]);
  // Every text of the feed passes the filter of ALL meeting links before it is rendered.
  const [published, labels] = await filterForPublic(options.db, [
    await toPublicReports(options.db, reports),
    Object.fromEntries(themes.map((theme) => [theme.id, theme.label])),
  ] as const);
  const newest = published
    .map((report) => report.publishedAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  const feed = new Feed({
    title: 'Verslagen van de Jamsessies – Radicale vernieuwing',
    description: 'Verslagen van de Jamsessies: vragen uit de praktijk, tips en reacties.',
    id: publicUrl(options.baseUrl, publicPaths.reports()),
    link: publicUrl(options.baseUrl, publicPaths.reports()),
    language: 'nl',
    ttl: 60,
    generator: 'Jamsessie',
    copyright: 'Radicale vernieuwing',
    feedLinks: { rss: publicUrl(options.baseUrl, feedPaths.reportsRss()) },
    updated: newest ? new Date(newest) : options.now(),
  });
  for (const report of published) {
    const link = publicUrl(options.baseUrl, publicPaths.report(report.slug));
    feed.addItem({
      title: report.title,
      id: link,
      guid: link,
      link,
      date: new Date(report.publishedAt ?? options.now()),
      description: report.intro,
      content: reportHtml(report),
      category: report.themeIds.flatMap((id) => {
        const name = labels[id];
        return name ? [{ name }] : [];
      }),
    });
  }
  return feed.rss2();
}

/** Serves `/verslagen.rss` with an ETag and five minutes of caching; false for other paths. */
export function createReportsRssHandler(options: FeedOptions) {
  return createRssHandler(feedPaths.reportsRss(), () => renderReportsRss(options));
}
