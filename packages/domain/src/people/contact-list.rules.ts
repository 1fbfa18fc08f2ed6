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
 * Whether a person currently shares contact details for a session: the last contact-sharing
 * record wins, whether it was given for this session or for every session (`subjectId` null).
 *
 * @example sharesContact(records, personId, sessionId) // true after an opt-in, false after a withdrawal
 */
export function sharesContact(
  records: readonly ConsentRecord[],
  personId: Id,
  sessionId?: Id,
): boolean {
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
  return last?.subject === 'contact_sharing' && last.granted;
}

/**
 * After a session everyone who opted in receives each other's contact details, and nobody
 * else's: a person who did not opt in (or withdrew) gets no list and appears in no list.
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
    if (!sharesContact(consentRecords, person.id, options.sessionId)) continue;
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
