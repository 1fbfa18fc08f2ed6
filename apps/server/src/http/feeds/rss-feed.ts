import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@jamsessie/api';
import { sendMethodNotAllowed, sendWithEtag } from '../responses.js';

/** What every feed is rendered with: the database, the clock and the site's address. */
export type FeedOptions = { readonly db: Db; readonly now: () => Date; readonly baseUrl: string };

/**
 * Serves one RSS feed at `path` with an ETag and five minutes of caching (GET and HEAD);
 * false for other paths. The feeds of reports and tips share it.
 *
 * @example const serveRss = createRssHandler('/tips.rss', () => renderTipsRss(options));
 */
export function createRssHandler(path: string, render: () => Promise<string>) {
  return async function serveRss(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    if (pathname !== path) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(req, res, 'GET, HEAD');
      return true;
    }
    const body = await render();
    const headers = {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    };
    sendWithEtag(req, res, headers, body);
    return true;
  };
}
