import type { HttpsUrl, Instant } from '../shared/index.js';
import type { PublicSession, Session } from '../session/index.js';
import { effectiveMeetingLink } from '../session/session.rules.js';
import { DEFAULT_LINK_LEAD_DAYS, type Series } from './series.schema.js';
import { isEligibleForLink, type EligibilityContext } from './series.rules.js';

const DAY_MS = 86_400_000;

/**
 * The days before each session of this series that an eligible person's own calendar shows
 * the meeting link: the series' setting, else {@link DEFAULT_LINK_LEAD_DAYS}.
 *
 * @example linkLeadDays({ eligibility: { ...e, linkLeadDays: 5 } }) // 5
 */
export function linkLeadDays(series: Pick<Series, 'eligibility'>): number {
  return series.eligibility.linkLeadDays ?? DEFAULT_LINK_LEAD_DAYS;
}

/**
 * Whether the link window of a session is open at `now`: from `leadDays` × 24 hours before
 * its start until its end. A cancelled or offline session never has one.
 *
 * @example isLinkWindowOpen(session, 2, '2025-03-01T12:00:00.000Z') // true for a session on 3 March, 13:00
 */
export function isLinkWindowOpen(
  session: Pick<PublicSession, 'startsAt' | 'endsAt' | 'status' | 'online'>,
  leadDays: number,
  now: Instant,
): boolean {
  if (session.status === 'cancelled' || !session.online) return false;
  const at = Date.parse(now);
  return at >= Date.parse(session.startsAt) - leadDays * DAY_MS && at < Date.parse(session.endsAt);
}

/**
 * The meeting link one person's own calendar may show for one session at `now`, or null: only
 * for an address eligible for the series (the same rule as the link request form), only inside
 * the session's link window, and the session's own link before the series'. PRIVATE: for that
 * person's feed only.
 *
 * @example personalMeetingLink({ email, session, series, eligibility: ctx, now }) // 'https://…' or null
 */
export function personalMeetingLink(input: {
  email: string;
  session: Pick<Session, 'startsAt' | 'endsAt' | 'status' | 'online' | 'meetingLink'>;
  series: Pick<Series, 'eligibility' | 'meetingLink'>;
  eligibility: EligibilityContext;
  now: Instant;
}): HttpsUrl | null {
  const { email, session, series, now } = input;
  if (!isLinkWindowOpen(session, linkLeadDays(series), now)) return null;
  if (!isEligibleForLink(email, series, input.eligibility)) return null;
  return effectiveMeetingLink(session, series.meetingLink);
}
