import type { Id, Instant, PageUrl } from '../shared/index.js';
import { publicPaths, publicUrl } from '../shared/agenda-pages.js';
import type { PublicSession } from '../session/index.js';
import { sessionStatusLabels } from '../session/session.labels.js';
import { calendarUid } from './calendar-uid.rules.js';
import type { CalendarEvent } from './calendar.schema.js';

/** What {@link sessionToCalendarEvent} needs besides the session. */
export type SessionEventContext = {
  /** The public site, e.g. `https://jamsessie.radicalevernieuwing.nl` (a trailing / is fine). */
  baseUrl: PageUrl;
  /** Theme id -> label; themes without a label are left out of the categories. */
  themeLabels: ReadonlyMap<Id, string>;
  /** When the session last changed, if known (LAST-MODIFIED and DTSTAMP). */
  lastModified?: Instant;
};

/**
 * The public page of a session: `/agenda/<slug>` on the public site (the agenda app's route).
 *
 * @example sessionPageUrl('https://jamsessie.radicalevernieuwing.nl/', 'jamsessie-7-april-2025')
 * // 'https://jamsessie.radicalevernieuwing.nl/agenda/jamsessie-7-april-2025'
 */
export function sessionPageUrl(baseUrl: PageUrl, slug: string): PageUrl {
  return publicUrl(baseUrl, publicPaths.session(slug));
}

/** Cancellation first (calendar apps show the start of the text), the way to join last. */
function describe(session: PublicSession, pageUrl: string): string {
  const reason = session.cancellationReason?.trim();
  const parts = [
    session.status === 'cancelled'
      ? `Deze sessie gaat niet door${reason ? `: ${reason}` : '.'}`
      : '',
    session.description.trim(),
    session.linkOnRequest
      ? `Meedoen? De link om online mee te doen vraag je aan via ${pageUrl}`
      : `Meer informatie: ${pageUrl}`,
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}

/**
 * A public session as a calendar event for {@link renderCalendar}.
 *
 * It takes the PUBLIC projection (`toPublicSession`), which has no meeting link and has the
 * link redacted from its texts, and copies field by field, so nothing private can reach an
 * ICS file. The UID comes from the session id (stable across renames and moves); a
 * cancelled session keeps its UID, gets STATUS:CANCELLED and "Gaat niet door: " before its title
 * (some calendar apps ignore the status). A held session stays an ordinary event.
 *
 * @example
 * const event = sessionToCalendarEvent(toPublicSession(session, { seriesLink }), {
 *   baseUrl: 'https://jamsessie.radicalevernieuwing.nl',
 *   themeLabels: new Map(themes.map((t) => [t.id, t.label])),
 * });
 * renderCalendar([event], { name: 'Jamsessies' });
 */
export function sessionToCalendarEvent(
  session: PublicSession,
  context: SessionEventContext,
): CalendarEvent {
  const url = sessionPageUrl(context.baseUrl, session.slug);
  const cancelled = session.status === 'cancelled';
  const location = session.location?.trim() || (session.online ? 'Online' : '');
  return {
    uid: calendarUid(session.id),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    title: cancelled ? `${sessionStatusLabels.cancelled}: ${session.title}` : session.title,
    description: describe(session, url),
    url,
    categories: session.themeIds.flatMap((id) => {
      const label = context.themeLabels.get(id);
      return label === undefined ? [] : [label];
    }),
    sequence: session.sequence,
    status: cancelled ? 'cancelled' : 'planned',
    ...(location === '' ? {} : { location }),
    ...(context.lastModified === undefined ? {} : { lastModified: context.lastModified }),
  };
}
