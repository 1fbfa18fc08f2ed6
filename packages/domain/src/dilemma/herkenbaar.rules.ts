import { err, ok, type Instant, type Result } from '../shared/index.js';
import { consentAllows } from '../people/consent.rules.js';
import type { ConsentLevel } from '../people/consent.schema.js';
import { herkenbaarPhase } from '../session/session-state.rules.js';
import type { Session } from '../session/session.schema.js';
import type { DilemmaStatus } from './dilemma.schema.js';

/** What {@link herkenbaarTitle} needs to know of a question. */
export type HerkenbaarCandidate = {
  /** The coordinator's short title (kop), or null when none was given. */
  kop: string | null;
  status: DilemmaStatus;
  /** Whether its owner proved their address (a form dilemma waiting for its link is not). */
  confirmed: boolean;
  /** The owner's consent now (the latest recorded, else the dilemma's own level). */
  consent: ConsentLevel;
};

/**
 * The words participants see of a question before the session, or null when they see
 * nothing of it. Only the coordinator's kop — written by someone who read the text, so it
 * carries no client's name the way the owner's own words could — of a confirmed question
 * still to be chosen (inventoried or chosen; not parked or already discussed), and only when
 * its owner allows at least anonymised sharing: the same rule the shared screen follows for
 * a kop. Never the owner, never the text.
 *
 * @example herkenbaarTitle({ kop: 'Alleen naar de markt', status: 'inventoried', confirmed: true, consent: 'shareable_anonymised' }) // 'Alleen naar de markt'
 * herkenbaarTitle({ kop: null, status: 'inventoried', confirmed: true, consent: 'quotable' }) // null
 */
export function herkenbaarTitle(candidate: HerkenbaarCandidate): string | null {
  if (!candidate.confirmed || candidate.kop === null) return null;
  if (candidate.status !== 'inventoried' && candidate.status !== 'chosen') return null;
  if (!consentAllows(candidate.consent, 'shareable_anonymised')) return null;
  return candidate.kop;
}

/** What is known of a signed-in participant and one session, for {@link isHerkenbaarParticipant}. */
export type HerkenbaarParticipation = {
  /** They brought a question to this session and confirmed it by link. */
  ownsConfirmedDilemma: boolean;
  /** Their proven address may have the meeting link of the session's series. */
  eligibleForSeries: boolean;
};

/**
 * Who counts as a participant of a session for "herkenbaar": someone signed in by a link
 * to their own address (so the address is proven) who either brought a confirmed question
 * to this session, or whose address may have the session's meeting link (the series'
 * eligibility: a participating organisation's domain, a LOC member, an extra domain) — the
 * people who can join it. Nobody else sees its questions.
 *
 * @example isHerkenbaarParticipant({ ownsConfirmedDilemma: false, eligibleForSeries: true }) // true
 */
export function isHerkenbaarParticipant(facts: HerkenbaarParticipation): boolean {
  return facts.ownsConfirmedDilemma || facts.eligibleForSeries;
}

/**
 * Whether a participant may still set or take back a mark: only while the session is open
 * for "herkenbaar" (see `herkenbaarPhase`). Refuses with a Dutch message once it has started.
 *
 * @example checkHerkenbaarOpen(session, '2029-03-05T12:00:00.000Z') // { ok: false, error: { code: 'HERKENBAAR.CLOSED', … } }
 */
export function checkHerkenbaarOpen(
  session: Pick<Session, 'status' | 'startsAt' | 'endsAt'>,
  now: Instant,
): Result<true, 'HERKENBAAR.CLOSED' | 'HERKENBAAR.NOT_YET'> {
  const phase = herkenbaarPhase(session, now);
  if (phase === 'open') return ok(true);
  if (phase === 'not_yet') {
    return err(
      'HERKENBAAR.NOT_YET',
      'Herkenbaar aangeven kan pas in de twee weken voor de sessie.',
    );
  }
  return err(
    'HERKENBAAR.CLOSED',
    'De sessie is al begonnen (of gaat niet door): herkenbaar aangeven kan niet meer.',
  );
}
