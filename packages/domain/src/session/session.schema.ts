import { z } from 'zod';
import {
  HttpsUrl,
  Id,
  Instant,
  Slug,
  Version,
  optionalText,
  requiredText,
} from '../shared/index.js';

/**
 * A monthly jam session of a series, or an item of the inspiration week shown in the agenda.
 *
 * @example SessionKind.parse('jam_session')
 */
export const SessionKind = z.enum(['jam_session', 'week_item'], {
  error: 'Kies een soort sessie.',
});
/** A session kind. */
export type SessionKind = z.infer<typeof SessionKind>;

/**
 * Where a session stands: planned, cancelled (with a reason) or held.
 *
 * @example SessionStatus.parse('planned')
 */
export const SessionStatus = z.enum(['planned', 'cancelled', 'held'], {
  error: 'Kies een status.',
});
/** A session status. */
export type SessionStatus = z.infer<typeof SessionStatus>;

/**
 * A session in the agenda. `meetingLink` is a PRIVATE override (usually null: the series'
 * link applies); never send a Session to the public, use `toPublicSession`. `sequence`
 * counts changes that calendar apps must see (ICS SEQUENCE).
 *
 * @example Session.parse({ id, slug: 'jamsessie-3-maart-2025', kind: 'jam_session', seriesId, …, sequence: 0, version: 1 })
 */
export const Session = z.object({
  id: Id,
  slug: Slug,
  kind: SessionKind,
  seriesId: Id.nullable(),
  programmeItemId: Id.nullable(),
  title: requiredText(200),
  description: optionalText(10_000),
  themeIds: z.array(Id),
  movementIds: z.array(Id),
  startsAt: Instant,
  endsAt: Instant,
  online: z.boolean(),
  location: optionalText(300).nullable(),
  status: SessionStatus,
  cancellationReason: optionalText(500).nullable(),
  meetingLink: HttpsUrl.nullable(),
  sequence: z
    .number()
    .int({ error: 'Een volgnummer is een geheel getal.' })
    .min(0, { error: 'Een volgnummer begint bij 0.' }),
  version: Version,
});
/** A session (with its private link override). */
export type Session = z.infer<typeof Session>;

/**
 * What a coordinator fills in to create a session; status, cancellation and counters are
 * set by the rules, not by the form.
 *
 * @example SessionInput.parse({ slug, kind: 'jam_session', seriesId, programmeItemId: null, title, description: '', themeIds: [], movementIds: [], startsAt, endsAt, online: true, location: null, meetingLink: null })
 */
export const SessionInput = Session.omit({
  id: true,
  version: true,
  status: true,
  cancellationReason: true,
  sequence: true,
});
/** Session create input. */
export type SessionInput = z.infer<typeof SessionInput>;
/** A partial session update with the version it was based on. */
export const SessionUpdate = SessionInput.partial().extend({ id: Id, version: Version });
/** Session update input. */
export type SessionUpdate = z.infer<typeof SessionUpdate>;

/**
 * The public projection of a session: the same fields WITHOUT `meetingLink`, plus
 * `linkOnRequest` (an online session whose link can be requested by e-mail). Unknown keys
 * are stripped on parse, so a link can never slip through this schema.
 *
 * @example PublicSession.parse(toPublicSession(session, { seriesLink }))
 */
export const PublicSession = Session.omit({ meetingLink: true }).extend({
  linkOnRequest: z.boolean(),
});
/** The public projection of a session. */
export type PublicSession = z.infer<typeof PublicSession>;
