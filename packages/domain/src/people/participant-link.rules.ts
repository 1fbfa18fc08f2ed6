import { z } from 'zod';

/**
 * What a participant's one-time link is for: signing in to their own page (`sign_in`),
 * confirming a dilemma they brought through the public form (`confirm_dilemma`), or giving or
 * refusing consent to one exact text a report wants to use (`consent`). One mechanism for
 * every link a person follows to prove their address.
 *
 * @example ParticipantLinkPurpose.parse('confirm_dilemma')
 */
export const ParticipantLinkPurpose = z.enum(['sign_in', 'confirm_dilemma', 'consent'], {
  error: 'Onbekend soort link.',
});
/** What a participant's one-time link is for. */
export type ParticipantLinkPurpose = z.infer<typeof ParticipantLinkPurpose>;

/** The timings of the participant's own place: links, page sessions, unconfirmed intake. */
export const PARTICIPANT_TIMINGS = {
  /** How long a one-time link in a mail works. */
  linkValidMinutes: 30,
  /**
   * How long a consent link works (single use, like every link). Longer than a sign-in link:
   * that one answers the person's own request and is used at once, while a consent request
   * arrives unasked, at the coordinator's moment, and is read when the person has time (after
   * a shift, a holiday week). Two weeks covers that; the link approves only the one text it
   * was sent for, and after it lapses the person decides on their own page.
   */
  consentLinkValidDays: 14,
  /** How long the page stays open after following a link (a short-lived session). */
  sessionValidMinutes: 60,
  /** How long an unconfirmed dilemma waits for its confirmation before it is deleted. */
  unconfirmedDilemmaDays: 7,
} as const;

const MINUTE_MS = 60_000;

/**
 * When a one-time link made at `now` stops working.
 *
 * @example participantLinkExpiry(new Date('2029-03-01T10:00:00Z')) // 2029-03-01T10:30:00Z
 */
export function participantLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + PARTICIPANT_TIMINGS.linkValidMinutes * MINUTE_MS);
}

/**
 * When a consent link made at `now` stops working (see `PARTICIPANT_TIMINGS.consentLinkValidDays`).
 *
 * @example consentLinkExpiry(new Date('2029-03-01T10:00:00Z')) // 2029-03-15T10:00:00Z
 */
export function consentLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + PARTICIPANT_TIMINGS.consentLinkValidDays * 24 * 60 * MINUTE_MS);
}

/**
 * When a participant's page session started at `now` ends.
 *
 * @example participantSessionExpiry(new Date('2029-03-01T10:00:00Z')) // 2029-03-01T11:00:00Z
 */
export function participantSessionExpiry(now: Date): Date {
  return new Date(now.getTime() + PARTICIPANT_TIMINGS.sessionValidMinutes * MINUTE_MS);
}

/**
 * The moment before which an unconfirmed dilemma has waited too long: one submitted before it
 * is deleted by housekeeping.
 *
 * @example unconfirmedDilemmaCutoff(new Date('2029-03-08T10:00:00Z')) // 2029-03-01T10:00:00Z
 */
export function unconfirmedDilemmaCutoff(now: Date): Date {
  return new Date(now.getTime() - PARTICIPANT_TIMINGS.unconfirmedDilemmaDays * 24 * 60 * MINUTE_MS);
}

/** The Dutch refusal of a link that is unknown, already used or expired (one text for all). */
export const PARTICIPANT_LINK_INVALID =
  'Deze link werkt niet meer: hij is al gebruikt, verlopen (na 30 minuten) of onvolledig. Vraag op de pagina Mijn gegevens een nieuwe aan.';

/** The Dutch refusal of a consent link that is unknown, already used or expired. */
export const CONSENT_LINK_INVALID = `Deze link werkt niet meer: hij is al gebruikt, verlopen (na ${PARTICIPANT_TIMINGS.consentLinkValidDays} dagen) of onvolledig. Je kunt je toestemming ook geven of weigeren op de pagina Mijn gegevens, onder Citaten en reacties.`;

/** The Dutch refusal when the page's session has ended or never began. */
export const PARTICIPANT_SIGN_IN_REQUIRED =
  'Je bent niet (meer) aangemeld. Vraag op de pagina Mijn gegevens een nieuwe link aan.';

/**
 * The token a one-time link carries: 32 random bytes in base64url (43 characters). Anything
 * else is refused before the database is asked.
 *
 * @example ParticipantLinkToken.parse('q1W…') // 43 characters of A–Z a–z 0–9 _ -
 */
export const ParticipantLinkToken = z
  .string({ error: PARTICIPANT_LINK_INVALID })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: PARTICIPANT_LINK_INVALID });

/**
 * The token of a consent link: the same form as {@link ParticipantLinkToken}, refused with
 * the consent link's own Dutch message ({@link CONSENT_LINK_INVALID}).
 *
 * @example ConsentLinkToken.parse('q1W…') // 43 characters of A–Z a–z 0–9 _ -
 */
export const ConsentLinkToken = z
  .string({ error: CONSENT_LINK_INVALID })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: CONSENT_LINK_INVALID });

/**
 * Giving or refusing consent to one text: `give` approves the exact text shown, `refuse`
 * refuses it (and withdraws an earlier approval).
 *
 * @example ConsentDecision.parse('refuse')
 */
export const ConsentDecision = z.enum(['give', 'refuse'], {
  error: 'Kies toestemming geven of weigeren.',
});
/** Giving or refusing consent to one text. */
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/**
 * The answer to every sign-in request, for a known address or not: it reveals nothing.
 *
 * @example PARTICIPANT_SIGN_IN_ANSWER.status // 'received'
 */
export const PARTICIPANT_SIGN_IN_ANSWER = {
  /** Received: whether or not a mail went out. */
  status: 'received',
} as const;
