import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@jamsessie/api';
import { downloadOf, type DownloadRoute } from '@jamsessie/domain';
import { etagMatches, messages, send, sendMethodNotAllowed, sendText } from '../http/responses.js';
import { descriptionPages } from './documents/description.document.js';
import { invitationCard } from './documents/invitation-card.document.js';
import { invitationPages, invitationTarget } from './documents/invitation.document.js';
import { schedulePages, scheduleYear, scheduleYears } from './documents/schedule.document.js';
import { documentTitle } from './document-texts.js';
import { pagesText } from './layout/display-list.js';
import { renderPdf } from './render/pdf.render.js';
import { cardTextWidth } from './render/card-fonts.js';
import { renderPng } from './render/svg.render.js';
import { loadSeriesDocumentData, type SeriesDocumentData } from './series-documents.data.js';

/** Bump when the layout changes, so cached files and ETags of the old layout are not reused. */
const LAYOUT_VERSION = 2;
const CACHE_ENTRIES = 64;

/** Options of the downloads: the database, the public origin (for addresses in the texts), the clock. */
export type DownloadsOptions = {
  readonly db: Db;
  readonly baseUrl: string;
  readonly now: () => Date;
};

/** A download ready to send: its headers are known, the bytes are drawn on demand. */
export type PreparedDownload = {
  readonly contentType: 'application/pdf' | 'image/png';
  readonly filename: string;
  /** Strong ETag: a hash of everything the file is made from (data, choice, layout). */
  readonly etag: string;
  /** The file; drawn once per ETag and then cached. */
  body(): Promise<Buffer>;
};

/** What a request chose: a year for the schedule, a session or the whole series for the invitation. */
export type DownloadChoice = { year?: number; sessionSlug?: string; series?: boolean };

/**
 * Reads the query string of a download: `?jaar=2025` (schedule), `?sessie=<slug>` or
 * `?voor=reeks` (invitation). Malformed values are ignored.
 *
 * @example parseDownloadChoice('?jaar=2026') // { year: 2026 }
 */
export function parseDownloadChoice(search: string): DownloadChoice {
  const params = new URLSearchParams(search);
  const choice: DownloadChoice = {};
  const year = params.get('jaar') ?? '';
  if (/^\d{4}$/.test(year)) choice.year = Number(year);
  const session = params.get('sessie') ?? '';
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(session) && session.length <= 80) {
    choice.sessionSlug = session;
  }
  if (params.get('voor') === 'reeks') choice.series = true;
  return choice;
}

type Plan = {
  key: string;
  filename: string;
  contentType: PreparedDownload['contentType'];
  render: () => Promise<Buffer>;
};

/** Decides what to draw (cheap) so the cache key is known before anything is rendered. */
function plan(
  data: SeriesDocumentData,
  route: DownloadRoute,
  choice: DownloadChoice,
  now: Date,
): Plan | null {
  const base = { layout: LAYOUT_VERSION, route, data };
  if (route.document === 'schema') {
    const years = scheduleYears(data);
    const year =
      choice.year !== undefined && years.includes(choice.year)
        ? choice.year
        : scheduleYear(data, now);
    const title = documentTitle(data, 'schedule', year);
    return {
      key: JSON.stringify({ ...base, year }),
      filename: `${data.slug}-schema-${year}.pdf`,
      contentType: 'application/pdf',
      render: async () =>
        Buffer.from(
          await renderPdf(schedulePages(data, year), {
            title,
            subject: `Data, tijden en thema’s van ${data.title} in ${year}`,
            keywords: ['Jamsessie', 'schema', String(year)],
          }),
        ),
    };
  }
  if (route.document === 'beschrijving') {
    const pages = descriptionPages(data, now);
    return {
      key: JSON.stringify({ ...base, text: pagesText(pages) }),
      filename: `${data.slug}-beschrijving.pdf`,
      contentType: 'application/pdf',
      render: async () =>
        Buffer.from(
          await renderPdf(pages, {
            title: documentTitle(data, 'description'),
            subject: `Wat een Jamsessie is, wie meedoet en hoe: ${data.title}`,
          }),
        ),
    };
  }
  const target = invitationTarget(data, now, choice);
  if (!target) return null;
  const stem = `${data.slug}-uitnodiging${target.kind === 'session' ? `-${target.date.slug}` : ''}`;
  const key = JSON.stringify({ ...base, target });
  const title = documentTitle(data, 'invitation');
  if (route.format === 'pdf') {
    return {
      key,
      filename: `${stem}.pdf`,
      contentType: 'application/pdf',
      render: async () =>
        Buffer.from(
          await renderPdf(invitationPages(data, target), {
            title,
            subject: `Uitnodiging voor ${data.title}`,
          }),
        ),
    };
  }
  return {
    key,
    filename: `${stem}.png`,
    contentType: 'image/png',
    render: () => {
      const card = invitationCard(data, target, cardTextWidth);
      return renderPng(card, { title, description: pagesText([card]) });
    },
  };
}

/**
 * Prepares downloads, with a small cache behind: the ETag is a hash of everything a file is
 * made from, so a moved session, a new theme or a changed text gives a new file at once, a
 * client holding the current one gets 304 without anything being drawn, and an unchanged
 * file is drawn only once.
 *
 * @example const prepare = createDownloadPreparer({ db, baseUrl, now: () => new Date() });
 * const file = await prepare(route, {}); // null for an unknown series or session
 * const bytes = await file?.body();
 */
export function createDownloadPreparer(options: DownloadsOptions) {
  const cache = new Map<string, Buffer>();
  return async function prepare(
    route: DownloadRoute,
    choice: DownloadChoice,
  ): Promise<PreparedDownload | null> {
    const data = await loadSeriesDocumentData(options.db, route.slug, options.baseUrl);
    if (!data) return null;
    const planned = plan(data, route, choice, options.now());
    if (!planned) return null;
    const etag = `"${createHash('sha256').update(planned.key).digest('base64url')}"`;
    return {
      contentType: planned.contentType,
      filename: planned.filename,
      etag,
      body: async () => {
        const cached = cache.get(etag);
        if (cached) return cached;
        const body = await planned.render();
        cache.set(etag, body);
        // Oldest out first: a Map keeps insertion order.
        if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value ?? '');
        return body;
      },
    };
  };
}

/**
 * Serves `/downloads/reeks/<slug>/{schema,beschrijving,uitnodiging}.pdf` and
 * `/downloads/reeks/<slug>/uitnodiging.png`, generated from the data on request (never a
 * stale copy), with a strong ETag, 304 on `If-None-Match` and five minutes of public
 * caching. Returns false when the path is not a download.
 *
 * @example
 * const serveDownload = createDownloadsHandler({ db, baseUrl, now });
 * if (await serveDownload(req, res, pathname)) return;
 */
export function createDownloadsHandler(options: DownloadsOptions) {
  const prepare = createDownloadPreparer(options);
  return async function serveDownload(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    const route = downloadOf(pathname);
    if (!route) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(req, res, 'GET, HEAD');
      return true;
    }
    const { search } = new URL(req.url ?? '/', 'http://server');
    const file = await prepare(route, parseDownloadChoice(search));
    if (!file) {
      sendText(req, res, 404, messages.notFound);
      return true;
    }
    const headers = {
      'Content-Type': file.contentType,
      'Cache-Control': 'public, max-age=300',
      'Content-Disposition': `inline; filename="${file.filename}"`,
      ETag: file.etag,
    };
    if (etagMatches(req.headers['if-none-match'], [file.etag])) {
      res.statusCode = 304;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.end();
      return true;
    }
    send(req, res, 200, headers, await file.body());
    return true;
  };
}
