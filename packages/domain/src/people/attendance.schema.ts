import { z } from 'zod';
import { Email, Id, requiredText } from '../shared/index.js';

/**
 * One participant as the facilitator records them at the end of a session: an existing
 * person, or name, address and organisation typed in, with the person's own choice to
 * exchange addresses with the others who choose so too.
 *
 * @example ParticipantEntry.parse({ displayName: 'Fenna', email: 'fenna@zorg.example', organisationId: null, sharesContact: true })
 */
export const ParticipantEntry = z
  .object({
    personId: Id.optional(),
    displayName: requiredText(120).optional(),
    email: Email.nullish(),
    organisationId: Id.nullish(),
    sharesContact: z.boolean({ error: 'Kies of deze deelnemer contactgegevens deelt.' }),
  })
  .refine((p) => p.personId !== undefined || p.displayName !== undefined, {
    error: 'Kies een bestaande deelnemer of vul een naam in.',
    path: ['displayName'],
  });
/** A participant as recorded after a session. */
export type ParticipantEntry = z.infer<typeof ParticipantEntry>;

/**
 * A session, for the contact-list actions.
 *
 * @example SessionContactsInput.parse({ sessionId })
 */
export const SessionContactsInput = z.object({ sessionId: Id });
/** A session reference. */
export type SessionContactsInput = z.infer<typeof SessionContactsInput>;

/**
 * Who took part in a session (1 to 100 people at once).
 *
 * @example RecordParticipantsInput.parse({ sessionId, participants: [{ displayName: 'Fenna', sharesContact: false }] })
 */
export const RecordParticipantsInput = SessionContactsInput.extend({
  participants: z
    .array(ParticipantEntry)
    .min(1, { error: 'Vul minstens één deelnemer in.' })
    .max(100, { error: 'Hoogstens 100 deelnemers tegelijk.' }),
});
/** Participants to record. */
export type RecordParticipantsInput = z.infer<typeof RecordParticipantsInput>;
