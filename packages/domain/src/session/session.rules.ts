import {
  err,
  ok,
  redactSecrets,
  slugify,
  type HttpsUrl,
  type Id,
  type Instant,
  type Result,
} from '../shared/index.js';
import { formatDayMonthYear } from '../format/index.js';
import type { PlannedDate, Series } from '../series/index.js';
import type { PublicSession, Session } from './session.schema.js';
import { hasSessionEnded } from './session-state.rules.js';

/** What the public projection needs to know: the series' link, to redact it as well. */
export type PublicSessionContext = { seriesLink: string | null };

/**
 * The public projection of a session: `meetingLink` dropped, and both the session's own
 * link and the series' link redacted wherever they appear in title, description, location
 * or cancellation reason (also without `https://`, in any letter case).
 *
 * @example JSON.stringify(toPublicSession(session, { seriesLink })).includes(seriesLink) // false
 */
export function toPublicSession(session: Session, ctx: PublicSessionContext): PublicSession {
  const secrets = [session.meetingLink, ctx.seriesLink];
  const redact = (text: string) => redactSecrets(text, secrets);
  return {
    id: session.id,
    slug: session.slug,
    kind: session.kind,
    seriesId: session.seriesId,
    programmeItemId: session.programmeItemId,
    title: redact(session.title),
    description: redact(session.description),
    themeIds: [...session.themeIds],
    movementIds: [...session.movementIds],
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    online: session.online,
    location: session.location === null ? null : redact(session.location),
    status: session.status,
    cancellationReason:
      session.cancellationReason === null ? null : redact(session.cancellationReason),
    sequence: session.sequence,
    version: session.version,
    linkOnRequest: session.online && (session.meetingLink ?? ctx.seriesLink) !== null,
  };
}

/**
 * The link that applies to a session: its own override, else the series' link. PRIVATE:
 * for the e-mail to eligible people only.
 *
 * @example effectiveMeetingLink(session, series.meetingLink)
 */
export function effectiveMeetingLink(
  session: Pick<Session, 'meetingLink'>,
  seriesLink: HttpsUrl | null,
): HttpsUrl | null {
  return session.meetingLink ?? seriesLink;
}

/** Codes of the session transitions. */
export type SessionErrorCode =
  | 'SESSION.ALREADY_HELD'
  | 'SESSION.ALREADY_CANCELLED'
  | 'SESSION.ALREADY_ENDED'
  | 'SESSION.REASON_REQUIRED'
  | 'SESSION.NOT_STARTED'
  | 'SESSION.CANCELLED'
  | 'SESSION.INVALID_TIMES'
  | 'SESSION.IN_PAST';

const refuseHeld = () => err('SESSION.ALREADY_HELD' as const, 'Deze sessie is al gehouden.');
const refuseCancelled = () => err('SESSION.CANCELLED' as const, 'Deze sessie gaat niet door.');

/**
 * The longest a session (or programme item) may last: a day. The agenda query relies on it
 * to start its index scan near "now" (a session that ended after now started at most this
 * long before it), so the database enforces it too.
 */
export const MAX_SESSION_MINUTES = 24 * 60;

/**
 * Checks a session's times: the end after the start, and no longer than
 * {@link MAX_SESSION_MINUTES}. One home for the rule the forms, the API and the database share.
 *
 * @example checkSessionTimes({ startsAt: '2025-03-03T12:00:00.000Z', endsAt: '2025-03-03T13:00:00.000Z' }).ok // true
 */
export function checkSessionTimes(times: {
  startsAt: Instant;
  endsAt: Instant;
}): Result<{ startsAt: Instant; endsAt: Instant }, 'SESSION.INVALID_TIMES'> {
  const start = Date.parse(times.startsAt);
  const end = Date.parse(times.endsAt);
  if (!(end > start))
    return err('SESSION.INVALID_TIMES', 'De eindtijd moet na de begintijd liggen.', {
      field: 'endsAt',
    });
  if (end - start > MAX_SESSION_MINUTES * 60_000)
    return err('SESSION.INVALID_TIMES', 'Een sessie duurt hoogstens een dag.', {
      field: 'endsAt',
    });
  return ok(times);
}

/**
 * Cancels a planned session with a reason shown in the agenda. Refuses a held session, one
 * already cancelled, one that has already ended (`now` >= end) and an empty reason. Bumps
 * `sequence` (calendar apps must update) and `version`.
 *
 * @example cancelSession(session, 'Te weinig aanmeldingen', '2025-03-01T09:00:00.000Z')
 */
export function cancelSession(
  session: Session,
  reason: string,
  now: Instant,
): Result<Session, SessionErrorCode> {
  if (session.status === 'held') return refuseHeld();
  if (session.status === 'cancelled') {
    return err('SESSION.ALREADY_CANCELLED', 'Deze sessie is al afgezegd.');
  }
  if (hasSessionEnded(session, now)) {
    return err(
      'SESSION.ALREADY_ENDED',
      'Deze sessie is al voorbij en kan niet meer worden afgezegd.',
    );
  }
  const trimmed = reason.trim();
  if (trimmed === '')
    return err('SESSION.REASON_REQUIRED', 'Geef een reden op; die staat in de agenda.');
  return ok({
    ...session,
    status: 'cancelled',
    cancellationReason: trimmed.slice(0, 500),
    sequence: session.sequence + 1,
    version: session.version + 1,
  });
}

/**
 * Records that a session took place, so a report can follow. Refuses a cancelled session,
 * one already held, and one that has not started yet. Bumps `version` only (nothing in the
 * calendar changes).
 *
 * @example markHeld(session, '2025-03-03T13:05:00.000Z')
 */
export function markHeld(session: Session, now: Instant): Result<Session, SessionErrorCode> {
  if (session.status === 'held') return refuseHeld();
  if (session.status === 'cancelled') return refuseCancelled();
  if (Date.parse(now) < Date.parse(session.startsAt)) {
    return err('SESSION.NOT_STARTED', 'Deze sessie is nog niet begonnen.');
  }
  return ok({ ...session, status: 'held', version: session.version + 1 });
}

/**
 * Moves a planned session to new times. Refuses held or cancelled sessions, an end not after
 * the start, and a new start in the past. Bumps `sequence` and `version`; unchanged times
 * return the session as it was.
 *
 * @example rescheduleSession(session, { startsAt: '2025-03-10T12:00:00.000Z', endsAt: '2025-03-10T13:00:00.000Z' }, now)
 */
export function rescheduleSession(
  session: Session,
  times: { startsAt: Instant; endsAt: Instant },
  now: Instant,
): Result<Session, SessionErrorCode> {
  if (session.status === 'held') return refuseHeld();
  if (session.status === 'cancelled') return refuseCancelled();
  const checked = checkSessionTimes(times);
  if (!checked.ok) return checked;
  const start = Date.parse(times.startsAt);
  const end = Date.parse(times.endsAt);
  if (start < Date.parse(now))
    return err('SESSION.IN_PAST', 'Een sessie kan niet naar het verleden worden verplaatst.');
  if (start === Date.parse(session.startsAt) && end === Date.parse(session.endsAt))
    return ok(session);
  const startsAt = new Date(start).toISOString();
  return ok({
    ...session,
    slug: sessionSlugAfterMove(session.slug, session.startsAt, startsAt),
    startsAt,
    endsAt: new Date(end).toISOString(),
    sequence: session.sequence + 1,
    version: session.version + 1,
  });
}

/**
 * The slug of a session that moved: a slug that ends in the old Amsterdam date gets the new
 * date (`jamsessie-15-februari-2027` → `jamsessie-16-februari-2027`), so the address says the
 * day it is on; any other slug (chosen by a coordinator) stays. The old address keeps working
 * (the database keeps former slugs).
 *
 * @example sessionSlugAfterMove('jamsessie-15-februari-2027', '2027-02-15T12:00:00.000Z', '2027-02-16T12:00:00.000Z') // 'jamsessie-16-februari-2027'
 */
export function sessionSlugAfterMove(slug: string, from: Instant, to: Instant): string {
  const fromDate = slugify(formatDayMonthYear(from));
  const toDate = slugify(formatDayMonthYear(to));
  if (slug === fromDate) return toDate;
  return slug.endsWith(`-${fromDate}`) ? `${slug.slice(0, -fromDate.length)}${toDate}` : slug;
}

/**
 * A readable slug for a session from a prefix and its Amsterdam date.
 *
 * @example sessionSlug('Jamsessie', '2025-03-03T12:00:00.000Z') // 'jamsessie-3-maart-2025'
 */
export function sessionSlug(prefix: string, startsAt: Instant): string {
  return slugify(`${prefix} ${formatDayMonthYear(startsAt)}`);
}

/**
 * A planned session built from a series' planned date (the coordinator's "create sessions
 * for this plan" action). Ids are passed in; the link is not copied (the series' applies).
 *
 * @example sessionFromPlannedDate(series, plan[0], { id, movementIds: [zorgId], title: 'Jamsessie: Open deuren' })
 */
export function sessionFromPlannedDate(
  series: Pick<Series, 'id' | 'title' | 'description'>,
  planned: PlannedDate,
  options: { id: Id; movementIds: Id[]; title?: string; slug?: string },
): Session {
  const title =
    options.title ?? (planned.themeLabel ? `Jamsessie: ${planned.themeLabel}` : series.title);
  return {
    id: options.id,
    slug: options.slug ?? sessionSlug('Jamsessie', planned.startsAt),
    kind: 'jam_session',
    seriesId: series.id,
    programmeItemId: null,
    title,
    description: series.description,
    themeIds: planned.themeId === null ? [] : [planned.themeId],
    movementIds: [...options.movementIds],
    startsAt: planned.startsAt,
    endsAt: planned.endsAt,
    online: true,
    location: null,
    status: 'planned',
    cancellationReason: null,
    meetingLink: null,
    sequence: 0,
    version: 1,
  };
}
