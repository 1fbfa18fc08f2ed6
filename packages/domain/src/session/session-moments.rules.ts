import { addMinutes, err, ok, toLocalParts, type Instant, type Result } from '../shared/index.js';
import type { Session } from './session.schema.js';

// The one answer to "may this happen yet?" around a session's start. Everything follows from
// two moments: the session's start, and the live run's start (facilitators open early):
//   the live run may start      from RUN_OPENS_MINUTES_BEFORE minutes before the start;
//   attendance may be recorded  from the run's start (or the session's start, without a run);
//   a report may be drafted     once the run has started (there is something to report);
//   a report may be published   only once the session has begun, and only then does the
//                               public page offer it ("Lees het verslag").
// The API refuses with these rules and the apps show what they allow, so no screen offers
// what the server then refuses.

/** How many minutes before a session's start a facilitator may start its live run. */
export const RUN_OPENS_MINUTES_BEFORE = 30;

/** What the moments of a session are read from. */
export type SessionMoments = Pick<Session, 'status' | 'startsAt'>;

/** Whether a live run has started, read from its state (`startedAt` set by its `start`). */
export type RunMoment = { readonly startedAt: Instant | null } | null | undefined;

/** The codes with which the moment rules refuse. */
export type SessionMomentError =
  | 'SESSION.CANCELLED'
  | 'PROTOCOL.TOO_EARLY'
  | 'ATTENDANCE.TOO_EARLY'
  | 'REPORT.NOTHING_DISCUSSED'
  | 'REPORT.TOO_EARLY';

function clock(instant: Instant): string {
  return toLocalParts(instant).time;
}

function cancelled(): Result<never, SessionMomentError> {
  return err('SESSION.CANCELLED', 'Deze sessie gaat niet door.');
}

/**
 * Whether the session has begun at `now`: from its start on (a session at 13:00 has begun at
 * 13:00). Counterpart of `hasSessionEnded`.
 *
 * @example hasSessionBegun({ startsAt: '2029-03-05T12:00:00.000Z' }, '2029-03-05T12:00:00.000Z') // true
 */
export function hasSessionBegun(session: Pick<Session, 'startsAt'>, now: Instant): boolean {
  return Date.parse(now) >= Date.parse(session.startsAt);
}

/**
 * The first moment the live run of a session may start: {@link RUN_OPENS_MINUTES_BEFORE}
 * minutes before the session's start.
 *
 * @example runOpensAt({ startsAt: '2029-03-05T12:00:00.000Z' }) // '2029-03-05T11:30:00.000Z'
 */
export function runOpensAt(session: Pick<Session, 'startsAt'>): Instant {
  return addMinutes(session.startsAt, -RUN_OPENS_MINUTES_BEFORE);
}

/**
 * May the facilitator start the live run (its steps and clock) at `now`? Not for a cancelled
 * session (`SESSION.CANCELLED`), nor before {@link runOpensAt} (`PROTOCOL.TOO_EARLY`, with the
 * time it opens). Preparing the inventory before that stays possible.
 *
 * @example mayStartRun({ status: 'planned', startsAt: '2029-03-05T12:00:00.000Z' }, '2029-03-05T11:40:00.000Z').ok // true
 */
export function mayStartRun(
  session: SessionMoments,
  now: Instant,
): Result<true, SessionMomentError> {
  if (session.status === 'cancelled') return cancelled();
  const opensAt = runOpensAt(session);
  if (Date.parse(now) < Date.parse(opensAt)) {
    return err(
      'PROTOCOL.TOO_EARLY',
      `De sessie kan pas vanaf ${clock(opensAt)} starten, een half uur voor het begin om ${clock(session.startsAt)}.`,
      { opensAt },
    );
  }
  return ok(true);
}

/**
 * May attendance be recorded (and the contact lists sent) at `now`? From the start of the
 * live run, or, for a session run without the live screen, from the session's start; never
 * for a cancelled one.
 *
 * @example mayRecordAttendance(session, { startedAt: '2029-03-05T11:45:00.000Z' }, '2029-03-05T11:50:00.000Z').ok // true
 */
export function mayRecordAttendance(
  session: SessionMoments,
  run: RunMoment,
  now: Instant,
): Result<true, SessionMomentError> {
  if (session.status === 'cancelled') return cancelled();
  if (run?.startedAt || hasSessionBegun(session, now)) return ok(true);
  return err(
    'ATTENDANCE.TOO_EARLY',
    `Deelnemers leg je vast zodra de sessie is gestart (om ${clock(session.startsAt)}, of eerder als de begeleiding eerder start).`,
  );
}

/**
 * May a report be drafted from the live run? Once the run has started: before that nothing
 * was discussed (`REPORT.NOTHING_DISCUSSED`). Gives the run's state back to draft from.
 *
 * @example mayDraftReport(session, { startedAt: null }).ok // false
 */
export function mayDraftReport<Run extends { readonly startedAt: Instant | null }>(
  session: SessionMoments,
  run: Run | null | undefined,
): Result<Run, SessionMomentError> {
  if (session.status === 'cancelled') return cancelled();
  if (run?.startedAt) return ok(run);
  return err(
    'REPORT.NOTHING_DISCUSSED',
    'In deze sessie is nog niets besproken: er valt nog geen verslag te maken.',
  );
}

/**
 * May the report of a session be published at `now`? Only once the session has begun
 * (`REPORT.TOO_EARLY` before), so no public page reports on a session still to come.
 *
 * @example mayPublishReport({ status: 'planned', startsAt: '2029-03-05T12:00:00.000Z' }, '2029-03-05T06:09:00.000Z').ok // false
 */
export function mayPublishReport(
  session: SessionMoments,
  now: Instant,
): Result<true, SessionMomentError> {
  if (hasSessionBegun(session, now)) return ok(true);
  return err(
    'REPORT.TOO_EARLY',
    `Een verslag kan pas worden gepubliceerd als de sessie is begonnen (om ${clock(session.startsAt)}).`,
    { startsAt: session.startsAt },
  );
}

/**
 * Whether the public may see (and be offered) a session's report at `now`: it is published
 * and the session has begun. The public session page's "Lees het verslag" follows this.
 *
 * @example isReportPublic({ startsAt: '2029-03-05T12:00:00.000Z' }, { status: 'published' }, '2029-03-05T06:09:00.000Z') // false
 */
export function isReportPublic(
  session: Pick<Session, 'startsAt'>,
  report: { readonly status: string } | null | undefined,
  now: Instant,
): boolean {
  return report?.status === 'published' && hasSessionBegun(session, now);
}
