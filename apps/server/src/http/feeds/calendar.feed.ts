import type { IncomingMessage, ServerResponse } from 'node:http';
import { filterForPublic, type Db } from '@jamsessie/api';
import {
  calendarFeedOf,
  publicPaths,
  publicUrl,
  renderCalendar,
  sessionToCalendarEvent,
  toPublicSession,
  type CalendarFeed,
  type PublicSession,
} from '@jamsessie/domain';
import {
  findSeriesById,
  findSeriesBySlug,
  findSessionBySlug,
  findThemeBySlug,
  listAgenda,
  listThemes,
  readDataVersion,
  type AgendaQuery,
  type PublicDataTable,
} from '@jamsessie/db';
import { prepareBody, sendPrepared, type PreparedBody } from '../cache/prepared-body.js';
import { createVersionedCache } from '../cache/versioned-cache.js';
import { messages, sendMethodNotAllowed, sendText } from '../responses.js';

/** How far back the feeds reach: calendar apps keep last year's sessions visible. */
const PAST_DAYS = 365;
/** A generous cap: a feed lists months of monthly sessions, never thousands. */
const MAX_EVENTS = 1000;
const REFRESH_MINUTES = 360;
/** Feeds kept rendered in memory: the whole agenda, every theme and series, busy sessions. */
const MAX_CACHED_FEEDS = 500;
/** What a feed is made of (the join tables change only with their session or series). */
const FEED_TABLES: readonly PublicDataTable[] = ['session', 'series', 'theme'];

/** What a feed handler needs: the database, the clock and the public origin. */
export type FeedOptions = { readonly db: Db; readonly now: () => Date; readonly baseUrl: string };

/** Where a feed's window starts at `now`: a year back. */
function windowStart(now: Date): string {
  return new Date(now.getTime() - PAST_DAYS * 86_400_000).toISOString();
}

/** All public sessions from a year ago on: the ones that ended, and the ones to come. */
export async function sessionsInWindow(db: Db, now: Date, filter: Partial<AgendaQuery>) {
  const query = { ...filter, now: now.toISOString(), from: windowStart(now) };
  const [past, upcoming] = await Promise.all([
    listAgenda(db, { ...query, direction: 'past' }, { limit: MAX_EVENTS }),
    listAgenda(db, { ...query, direction: 'upcoming' }, { limit: MAX_EVENTS }),
  ]);
  return [...past, ...upcoming];
}

/** One public session; its series' link is read only to redact it from the texts. */
async function publicSessionBySlug(db: Db, slug: string): Promise<PublicSession | null> {
  const session = await findSessionBySlug(db, slug);
  if (!session) return null;
  const series = session.seriesId ? await findSeriesById(db, session.seriesId) : undefined;
  return toPublicSession(session, { seriesLink: series?.meetingLink ?? null });
}

/** The sessions and the calendar name for a route, or null for an unknown slug. */
async function loadFeed(
  db: Db,
  route: CalendarFeed,
  now: Date,
): Promise<{ name: string; sessions: PublicSession[] } | null> {
  switch (route.kind) {
    case 'all':
      return {
        name: 'Jamsessies Radicale vernieuwing',
        sessions: await sessionsInWindow(db, now, {}),
      };
    case 'theme': {
      const theme = await findThemeBySlug(db, route.slug);
      if (!theme) return null;
      const sessions = await sessionsInWindow(db, now, { themeSlug: route.slug });
      return { name: `Radicale vernieuwing: ${theme.label}`, sessions };
    }
    case 'series': {
      const series = await findSeriesBySlug(db, route.slug);
      if (!series) return null;
      const sessions = await sessionsInWindow(db, now, { seriesSlug: route.slug });
      return { name: series.title, sessions };
    }
    case 'session': {
      const session = await publicSessionBySlug(db, route.slug);
      return session ? { name: session.title, sessions: [session] } : null;
    }
  }
}

/**
 * Renders the calendar for a route (null for an unknown slug). Pure apart from reading the
 * database: the same data gives the same bytes, so the ETag is stable between requests.
 *
 * @example const feed = await renderCalendarFeed({ db, now, baseUrl }, { kind: 'all' });
 */
export async function renderCalendarFeed(
  options: FeedOptions,
  route: CalendarFeed,
): Promise<string | null> {
  const now = options.now();
  // Every text of the feed passes the filter of ALL meeting links before it is rendered.
  const [feed, themes] = await filterForPublic(
    options.db,
    await Promise.all([loadFeed(options.db, route, now), listThemes(options.db)]),
  );
  if (!feed) return null;
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const events = feed.sessions.map((session) =>
    sessionToCalendarEvent(session, { baseUrl: options.baseUrl, themeLabels: labels }),
  );
  return renderCalendar(events, {
    name: feed.name,
    url: publicUrl(options.baseUrl, publicPaths.agenda()),
    refreshIntervalMinutes: REFRESH_MINUTES,
  });
}

/** Options of {@link createCalendarFeedHandler}. */
export type CalendarFeedHandlerOptions = FeedOptions & {
  /** Called for every render that is not served from memory (tests count them). */
  readonly onRender?: (route: CalendarFeed) => void;
};

/**
 * Serves the calendar feeds: `/agenda.ics` and `/agenda/{thema,reeks,sessie}/<slug>.ics`,
 * with a strong ETag (SHA-256 of the body), 304 on `If-None-Match`, gzip when the client
 * takes it, and five minutes of public caching. Returns false when the path is not a feed.
 *
 * Rendering a feed (ten years of a series: a few hundred ms) happens once per data version:
 * each request first reads the version (one small query, see `readDataVersion`) and serves
 * the body rendered at that version from memory. The version includes when the next session
 * ends and when the next one falls out of the one-year window, so a render is reused only
 * while the clock does not change what it would contain.
 */
export function createCalendarFeedHandler(options: CalendarFeedHandlerOptions) {
  const cache = createVersionedCache<PreparedBody>({ maxEntries: MAX_CACHED_FEEDS });
  return async function serveCalendar(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    const route = calendarFeedOf(pathname);
    if (!route) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(req, res, 'GET, HEAD');
      return true;
    }
    const now = options.now();
    const version = await readDataVersion(options.db, {
      tables: FEED_TABLES,
      endedAt: now.toISOString(),
      startedBefore: windowStart(now),
    });
    const prepared = await cache.get(pathname, version, async () => {
      options.onRender?.(route);
      const body = await renderCalendarFeed({ ...options, now: () => now }, route);
      return body === null ? null : prepareBody(body);
    });
    if (prepared === null) {
      sendText(req, res, 404, messages.notFound);
      return true;
    }
    const headers = {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Content-Disposition': `inline; filename="${route.kind === 'all' ? 'agenda' : route.slug}.ics"`,
    };
    sendPrepared(req, res, headers, prepared);
    return true;
  };
}
