import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@jamsessie/api';
import { agendaPageOf, toLocalParts } from '@jamsessie/domain';
import { readDataVersion, type PublicDataTable } from '@jamsessie/db';
import { prepareBody, sendPrepared, type PreparedBody } from '../cache/prepared-body.js';
import { createVersionedCache } from '../cache/versioned-cache.js';
import { initialQueries, loadAgendaInitialData } from './agenda-initial-data.js';
import { loadFirstViewRenderer } from './first-view.renderer.js';
import { initialDataScript } from './initial-data.script.js';

/** What the first view is made of: sessions, series, themes, movements, the Week. */
const FIRST_VIEW_TABLES: readonly PublicDataTable[] = [
  'session',
  'series',
  'theme',
  'movement',
  'week_edition',
  'programme_item',
];
const BODY_END = '</body>';
const EMPTY_ROOT = '<div id="root"></div>';

/** Options of {@link createAgendaIndexRoute}. */
export type AgendaIndexRouteOptions = {
  readonly db: Db;
  readonly now: () => Date;
  readonly baseUrl: string;
  /** The built app's `index.html` (apps/agenda/dist/index.html). */
  readonly indexPath: string;
  /**
   * The app's server renderer (apps/agenda/dist-server/entry-server.js). Without it the
   * page still carries the data, and the app renders it at once when its script has run.
   */
  readonly rendererPath: string;
  /** Where a failed render is reported; the visitor then gets the plain index. */
  readonly logError: (message: string, error: unknown) => void;
  /** Called for every render that is not served from memory (tests count them). */
  readonly onRender?: () => void;
};

/**
 * Whether a request is for the plain agenda: its path, and no query string. Filtered views
 * (`?thema=…`) get the plain index and load their data as before: the server would have to
 * mirror the app's filter parsing, and a mismatch would show the wrong rows.
 */
function isPlainAgenda(req: IncomingMessage, pathname: string, search: string): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    agendaPageOf(pathname)?.name === 'agenda' &&
    (search === '' || search === '?')
  );
}

/**
 * Puts the first view into the built index.html: the app's server-rendered markup inside its
 * empty `<div id="root">` (left out if the build has none), the data in one `application/json`
 * element just before `</body>` (after the content, so it does not delay it).
 *
 * @example injectIntoIndex(indexHtml, '<main>…</main>', initialDataScript(queries))
 */
export function injectIntoIndex(html: string, markup: string, dataScript: string): string {
  const withMarkup = html.replace(EMPTY_ROOT, () => `<div id="root">${markup}</div>`);
  const end = withMarkup.lastIndexOf(BODY_END);
  if (end === -1) return `${withMarkup}${dataScript}`;
  return `${withMarkup.slice(0, end)}${dataScript}${withMarkup.slice(end)}`;
}

/**
 * Serves the public app's index.html for the plain agenda with its first view in it: the
 * page rendered by the app's own components on the server (inside `#root`, visible before
 * any script runs) and the data it is made of (themes, movements, series, the Week's editions
 * and the first page of `agenda.list`), which the app seeds into its query cache, so it
 * renders the same rows at once, without a round trip to the API. Rendered
 * once per data version (see `readDataVersion`: the tables above, when the next session
 * ends, the Amsterdam date and the index file itself) and kept in memory with its gzip and
 * ETag. Returns false (the static handler answers) for other paths, a missing build, or
 * when the database fails: the app then loads its data itself.
 *
 * @example
 * const serveAgendaIndex = createAgendaIndexRoute({ db, now, baseUrl, indexPath, logError });
 * if (await serveAgendaIndex(req, res, '/', '')) return;
 */
export function createAgendaIndexRoute(options: AgendaIndexRouteOptions) {
  const cache = createVersionedCache<PreparedBody>({ maxEntries: 1 });

  async function render(now: Date): Promise<PreparedBody> {
    options.onRender?.();
    const [html, data, renderer] = await Promise.all([
      readFile(options.indexPath, 'utf8'),
      loadAgendaInitialData({ db: options.db, now, baseUrl: options.baseUrl }),
      loadFirstViewRenderer(options.rendererPath),
    ]);
    const queries = initialQueries(data);
    const origin = new URL(options.baseUrl).origin;
    const markup = renderer ? renderer({ origin, pathname: '/', search: '' }, queries) : '';
    return prepareBody(injectIntoIndex(html, markup, initialDataScript(queries)));
  }

  return async function serveAgendaIndex(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    search: string,
  ): Promise<boolean> {
    if (!isPlainAgenda(req, pathname, search)) return false;
    const file = await stat(options.indexPath).catch(() => null);
    if (!file?.isFile()) return false;
    const now = options.now();
    let prepared: PreparedBody | null;
    try {
      const data = await readDataVersion(options.db, {
        tables: FIRST_VIEW_TABLES,
        endedAt: now.toISOString(),
      });
      // The date: which editions of the Week count as coming.
      const renderer = await stat(options.rendererPath).catch(() => null);
      const version = [
        data,
        toLocalParts(now.toISOString()).date,
        file.mtimeMs,
        file.size,
        renderer?.mtimeMs ?? 0,
      ];
      prepared = await cache.get('agenda', version.join('|'), () => render(now));
    } catch (error) {
      options.logError('[first-view] the agenda index could not be rendered:', error);
      return false;
    }
    if (!prepared) return false;
    sendPrepared(
      req,
      res,
      { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
      prepared,
    );
    return true;
  };
}
