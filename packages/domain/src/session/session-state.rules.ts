import type { Instant } from '../shared/index.js';
import type { Session } from './session.schema.js';

/**
 * Whether a session is over at `now`: from its end on (a session ending at 14:00 has ended at
 * 14:00). The one reading for the agenda ("geweest"), the dilemma form, cancelling and the
 * documents' coming dates.
 *
 * @example hasSessionEnded({ endsAt: '2029-03-05T13:00:00.000Z' }, '2029-03-05T13:00:00.000Z') // true
 */
export function hasSessionEnded(session: Pick<Session, 'endsAt'>, now: Instant): boolean {
  return Date.parse(now) >= Date.parse(session.endsAt);
}

/**
 * Whether a participant may still bring a question (dilemma) to a session: it goes ahead
 * (not cancelled) and has not ended. The agenda's form and the API that takes the form both
 * ask this, so the page never offers what the server refuses.
 *
 * @example isOpenForDilemmas({ status: 'planned', endsAt: '2029-03-05T13:00:00.000Z' }, '2029-03-01T09:00:00.000Z') // true
 */
export function isOpenForDilemmas(
  session: Pick<Session, 'status' | 'endsAt'>,
  now: Instant,
): boolean {
  return session.status !== 'cancelled' && !hasSessionEnded(session, now);
}

/** How many days before a session its participants may mark questions "herkenbaar". */
export const HERKENBAAR_WINDOW_DAYS = 14;

const DAY_MS = 24 * 60 * 60_000;

/**
 * Where a session stands for "herkenbaar" (participants marking the questions they
 * recognise, before the session): `not_yet` more than {@link HERKENBAAR_WINDOW_DAYS} days
 * before its start, `open` from then until it starts (while it is still open for dilemmas,
 * see {@link isOpenForDilemmas}), `closed` from its start on or when it is cancelled: from
 * then on the coordinator's choice is made.
 *
 * @example herkenbaarPhase({ status: 'planned', startsAt: '2029-03-05T12:00:00.000Z', endsAt: '2029-03-05T13:00:00.000Z' }, '2029-03-01T09:00:00.000Z') // 'open'
 */
export function herkenbaarPhase(
  session: Pick<Session, 'status' | 'startsAt' | 'endsAt'>,
  now: Instant,
): 'not_yet' | 'open' | 'closed' {
  const at = Date.parse(now);
  const starts = Date.parse(session.startsAt);
  if (!isOpenForDilemmas(session, now) || at >= starts) return 'closed';
  return at >= starts - HERKENBAAR_WINDOW_DAYS * DAY_MS ? 'open' : 'not_yet';
}

/**
 * The fields of a session that reach a calendar file (see `sessionToCalendarEvent`): its
 * times, title, text, place, status with its reason, its address (slug) and its themes. The
 * meeting link never does, but whether there is one does ("ask for the link" in the text).
 */
export type CalendarField = keyof Pick<
  Session,
  | 'startsAt'
  | 'endsAt'
  | 'title'
  | 'description'
  | 'location'
  | 'online'
  | 'status'
  | 'cancellationReason'
  | 'slug'
  | 'themeIds'
>;

const calendarFields: readonly CalendarField[] = [
  'startsAt',
  'endsAt',
  'title',
  'description',
  'location',
  'online',
  'status',
  'cancellationReason',
  'slug',
  'themeIds',
];

/**
 * Whether an edit changes what calendar apps show, so the session's ICS `SEQUENCE` must go
 * up (RFC 5545: calendar apps ignore an update whose sequence did not rise). An edit of
 * anything else (another meeting link for one already set, the version) leaves it as it was.
 *
 * @example changesCalendar(session, { ...session, title: 'Nieuwe titel' }) // true
 * changesCalendar(session, { ...session, version: 2 }) // false
 */
export function changesCalendar(
  before: Pick<Session, CalendarField | 'meetingLink'>,
  after: Pick<Session, CalendarField | 'meetingLink'>,
): boolean {
  if ((before.meetingLink === null) !== (after.meetingLink === null)) return true;
  return calendarFields.some((field) =>
    field === 'themeIds'
      ? before.themeIds.join() !== after.themeIds.join()
      : before[field] !== after[field],
  );
}

/**
 * The session of the same series that follows `after`: the first one starting later that
 * goes ahead (not cancelled), or null. A report page links to it ("Volgende sessie"), as the
 * 3 March 2025 report leads to 7 April.
 *
 * @example nextSessionOfSeries(sessionsOfSeries, march)?.startsAt // '2025-04-07T11:00:00.000Z'
 */
export function nextSessionOfSeries<S extends Pick<Session, 'seriesId' | 'startsAt' | 'status'>>(
  sessions: readonly S[],
  after: Pick<Session, 'seriesId' | 'startsAt'>,
): S | null {
  if (after.seriesId === null) return null;
  const later = sessions
    .filter(
      (s) =>
        s.seriesId === after.seriesId &&
        s.status !== 'cancelled' &&
        Date.parse(s.startsAt) > Date.parse(after.startsAt),
    )
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return later[0] ?? null;
}
