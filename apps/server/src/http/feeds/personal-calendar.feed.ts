import type { IncomingMessage, ServerResponse } from 'node:http';
import { filterForPublic, personalFeedOwner, personalMeetingLinks } from '@jamsessie/api';
import { listThemes } from '@jamsessie/db';
import {
  personalFeedTokenOf,
  publicPaths,
  publicUrl,
  renderCalendar,
  sessionToCalendarEvent,
  withMeetingLink,
} from '@jamsessie/domain';
import { prepareBody, sendPrepared } from '../cache/prepared-body.js';
import { messages, sendMethodNotAllowed, sendText } from '../responses.js';
import { sessionsInWindow, type FeedOptions } from './calendar.feed.js';

/** Calendar apps reload hourly, so a link shows within the hour its window opens. */
const REFRESH_MINUTES = 60;

/**
 * Renders one person's calendar: the whole public agenda (the events of `/agenda.ics`, the
 * same public texts), where each session whose link window is open and for which the person
 * is eligible carries the meeting link. Null for an unknown or revoked token.
 *
 * @example await renderPersonalCalendar({ db, now, baseUrl }, token) // 'BEGIN:VCALENDAR…' or null
 */
export async function renderPersonalCalendar(
  options: FeedOptions,
  token: string,
): Promise<string | null> {
  const email = await personalFeedOwner(options.db, token);
  if (email === undefined) return null;
  const now = options.now();
  // The public events first, through the filter of ALL meeting links, as in the public feeds;
  // only then the links this person may have now, each added by the domain's one function.
  const [sessions, themes] = await filterForPublic(
    options.db,
    await Promise.all([sessionsInWindow(options.db, now, {}), listThemes(options.db)]),
  );
  const links = await personalMeetingLinks(options.db, email, sessions, now);
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const events = sessions.map((session) => {
    const event = sessionToCalendarEvent(session, {
      baseUrl: options.baseUrl,
      themeLabels: labels,
    });
    const link = links.get(session.id);
    return link === undefined ? event : withMeetingLink(event, link);
  });
  return renderCalendar(events, {
    name: 'Mijn Jamsessies',
    url: publicUrl(options.baseUrl, publicPaths.myData()),
    refreshIntervalMinutes: REFRESH_MINUTES,
  });
}

/**
 * Serves `/agenda/persoonlijk/<token>.ics`: a person's own calendar, rendered per request
 * (what it holds depends on the person and the hour) and never stored by a cache on the way
 * (`private, no-store`). An unknown, revoked or malformed token is a plain 404. Returns false
 * when the path is not a personal feed.
 */
export function createPersonalCalendarHandler(options: FeedOptions) {
  return async function servePersonalCalendar(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    const token = personalFeedTokenOf(pathname);
    if (token === null) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(req, res, 'GET, HEAD');
      return true;
    }
    const body = await renderPersonalCalendar(options, token);
    if (body === null) {
      sendText(req, res, 404, messages.notFound);
      return true;
    }
    const headers = {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'inline; filename="mijn-jamsessies.ics"',
    };
    sendPrepared(req, res, headers, prepareBody(body));
    return true;
  };
}
