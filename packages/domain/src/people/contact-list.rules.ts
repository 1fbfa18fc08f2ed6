import type { Id } from '../shared/index.js';
import type { ConsentRecord } from './consent.schema.js';
import type { Attendee } from './person.schema.js';

/** One other participant's contact details, as shown to someone who opted in. */
export type ContactCard = {
  personId: Id;
  name: string;
  email: string | null;
  organisation: string | null;
};

/** The contacts one opted-in attendee receives. */
export type ContactListEntry = { personId: Id; contacts: ContactCard[] };

/**
 * A person's current choice about sharing contact details for a session: the last
 * contact-sharing record, whether it was given for this session or for every session
 * (`subjectId` null); undefined when they never chose.
 *
 * @example currentContactChoice(records, personId, sessionId)?.granted // true after an opt-in
 */
export function currentContactChoice(
  records: readonly ConsentRecord[],
  personId: Id,
  sessionId?: Id,
): Extract<ConsentRecord, { subject: 'contact_sharing' }> | undefined {
  const last = records
    .map((record, index) => ({ record, index, ms: Date.parse(record.at) }))
    .filter(
      ({ record }) =>
        record.subject === 'contact_sharing' &&
        record.personId === personId &&
        (record.subjectId === null || record.subjectId === sessionId),
    )
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .at(-1)?.record;
  return last?.subject === 'contact_sharing' ? last : undefined;
}

/**
 * Whether a person currently shares contact details for a session (see
 * {@link currentContactChoice}), as recorded by anyone.
 *
 * @example sharesContact(records, personId, sessionId) // true after an opt-in, false after a withdrawal
 */
export function sharesContact(
  records: readonly ConsentRecord[],
  personId: Id,
  sessionId?: Id,
): boolean {
  return currentContactChoice(records, personId, sessionId)?.granted === true;
}

/**
 * Whether a person's current choice to share is theirs: a yes they gave themselves on their
 * own page (by confirmed e-mail). A coordinator records presence and what was said in the
 * session; only the person decides sharing, so a yes recorded by a coordinator waits for the
 * person to confirm it.
 *
 * @example sharingConfirmed(records, personId, sessionId) // false until the person said yes themselves
 */
export function sharingConfirmed(
  records: readonly ConsentRecord[],
  personId: Id,
  sessionId?: Id,
): boolean {
  const choice = currentContactChoice(records, personId, sessionId);
  return choice?.granted === true && choice.method === 'confirmed_email';
}

/**
 * After a session everyone whose choice to share is confirmed by themselves
 * ({@link sharingConfirmed}) receives each other's contact details, and nobody else's: a
 * person who did not opt in, withdrew, or has not confirmed a coordinator's note of their yes
 * gets no list and appears in no list.
 * Each person appears once, even when listed twice as attendee.
 *
 * @example
 * contactListFor(attendees, records, { sessionId })
 * // [{ personId: a, contacts: [{ personId: b, name: 'Bram', email: 'bram@…', organisation: '…' }] }, …]
 */
export function contactListFor(
  attendees: readonly Attendee[],
  consentRecords: readonly ConsentRecord[],
  options: { sessionId?: Id } = {},
): ContactListEntry[] {
  const seen = new Set<Id>();
  const optedIn: ContactCard[] = [];
  for (const { person, organisationName } of attendees) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    if (!sharingConfirmed(consentRecords, person.id, options.sessionId)) continue;
    optedIn.push({
      personId: person.id,
      name: person.displayName,
      email: person.email,
      organisation: organisationName,
    });
  }
  return optedIn.map((me) => ({
    personId: me.personId,
    contacts: optedIn.filter((other) => other.personId !== me.personId),
  }));
}
