import { createHash, randomUUID } from 'node:crypto';
import {
  findOrCreatePerson,
  findPersonByEmail,
  findPersonById,
  findSessionById,
  insertPerson,
  listAttendees,
  listContactSharingConsents,
  recordAttendance,
  type Executor,
} from '@jamsessie/db';
import {
  contactListFor,
  formatDate,
  sharesContact,
  type ContactCard,
  type ParticipantEntry,
  type Person,
  type DomainErrorCode,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';
import { recordConsent } from '../people/consent.service.js';
import { enqueueMail } from './outbox.js';
import { contactListMail } from './templates/contact-list.template.js';

function refuse(code: DomainErrorCode, message: string): never {
  throw toTRPCError({ code, message });
}

async function sessionOrRefuse(db: Executor, sessionId: string) {
  return (
    (await findSessionById(db, sessionId)) ??
    refuse('SESSION.NOT_FOUND', 'Deze sessie bestaat niet (meer).')
  );
}

async function personFor(tx: Executor, entry: ParticipantEntry): Promise<Person> {
  if (entry.personId) {
    return (
      (await findPersonById(tx, entry.personId)) ??
      refuse('PERSON.NOT_FOUND', 'Deze persoon bestaat niet (meer).')
    );
  }
  const email = entry.email ?? null;
  // A known address needs no name; only a new person must be given one.
  const known = email ? await findPersonByEmail(tx, email) : undefined;
  if (known) return known;
  const displayName = entry.displayName ?? refuse('PERSON.NAME_INVALID', 'Vul een naam in.');
  const person = { id: randomUUID(), displayName, organisationId: entry.organisationId ?? null };
  const inserted = email
    ? await findOrCreatePerson(tx, { ...person, email })
    : await insertPerson(tx, { ...person, email: null, isLocMember: false });
  return inserted.ok ? inserted.value : refuse(inserted.error.code, inserted.error.message);
}

/**
 * Records who took part in a session, each with their own choice to share their address:
 * people are found by id or e-mail address (or created), attendance is recorded, and a
 * changed choice is appended to the consent history (for this session). One transaction.
 *
 * @example await recordParticipants(ctx, sessionId, [{ displayName: 'Fenna', email: 'f@zorg.example', organisationId, sharesContact: true }])
 */
export async function recordParticipants(
  ctx: Context,
  sessionId: string,
  entries: readonly ParticipantEntry[],
): Promise<{ attendees: number; sharing: number }> {
  return ctx.db.transaction().execute(async (tx) => {
    const session = await sessionOrRefuse(tx, sessionId);
    if (session.status === 'cancelled') {
      refuse('SESSION.CANCELLED', 'Deze sessie ging niet door: er zijn geen deelnemers.');
    }
    for (const entry of entries) {
      const person = await personFor(tx, entry);
      await recordAttendance(tx, session.id, person.id);
      const records = await listContactSharingConsents(tx, [person.id], session.id);
      if (sharesContact(records, person.id, session.id) !== entry.sharesContact) {
        await recordConsent(ctx, tx, {
          personId: person.id,
          subject: 'contact_sharing',
          subjectId: session.id,
          granted: entry.sharesContact,
        });
      }
    }
    const overview = await contactOverview(tx, session.id);
    await audit(ctx, tx, {
      action: 'attendance.record_many',
      entity: 'session',
      entityId: session.id,
      details: {
        recorded: entries.length,
        attendees: overview.attendees,
        sharing: overview.sharing,
      },
    });
    return { attendees: overview.attendees, sharing: overview.sharing };
  });
}

/** Who would receive a list, and how long: names only, for the coordinator's screen. */
export async function contactOverview(db: Executor, sessionId: string) {
  const attendees = await listAttendees(db, sessionId);
  const records = await listContactSharingConsents(
    db,
    attendees.map((a) => a.person.id),
    sessionId,
  );
  const lists = contactListFor(attendees, records, { sessionId });
  const byId = new Map(attendees.map((a) => [a.person.id, a.person]));
  return {
    attendees: attendees.length,
    sharing: lists.length,
    recipients: lists.map((entry) => ({
      personId: entry.personId,
      name: byId.get(entry.personId)?.displayName ?? '',
      hasEmail: Boolean(byId.get(entry.personId)?.email),
      contacts: entry.contacts.length,
    })),
    lists,
    people: byId,
  };
}

/** A short fingerprint of a list, so a changed list is sent again and the same one is not. */
function listKey(contacts: readonly ContactCard[]): string {
  const canonical = contacts
    .map((c) => `${c.personId}|${c.email ?? ''}|${c.name}|${c.organisation ?? ''}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** What {@link sendContactLists} did. */
export type ContactListsResult = {
  /** Lists put in the outbox now. */
  queued: number;
  /** Lists that were sent (or queued) before with the same content. */
  unchanged: number;
  /** People who opted in but have no address to send to. */
  withoutEmail: number;
};

/**
 * Mails every participant who opted in the names, organisations and addresses of the other
 * participants who opted in (the domain's `contactListFor`); nobody who did not opt in gets a
 * list or appears in one. Queued through the outbox in one transaction, one message per
 * person and list content: running it again sends nothing, unless a list changed (someone
 * was added or changed their mind), and then only the changed lists.
 *
 * @example await sendContactLists(ctx, sessionId) // { queued: 3, unchanged: 0, withoutEmail: 0 }
 */
export async function sendContactLists(
  ctx: Context,
  sessionId: string,
): Promise<ContactListsResult> {
  const result = await ctx.db.transaction().execute(async (tx) => {
    const session = await sessionOrRefuse(tx, sessionId);
    if (session.status === 'cancelled') {
      refuse('SESSION.CANCELLED', 'Deze sessie ging niet door: er zijn geen contactlijsten.');
    }
    if (session.startsAt > ctx.now().toISOString()) {
      refuse(
        'CONTACTS.SESSION_NOT_STARTED',
        'Contactlijsten gaan pas na het begin van de sessie uit.',
      );
    }
    const overview = await contactOverview(tx, session.id);
    const outcome: ContactListsResult = { queued: 0, unchanged: 0, withoutEmail: 0 };
    for (const entry of overview.lists) {
      const person = overview.people.get(entry.personId);
      if (!person?.email) {
        outcome.withoutEmail += 1;
        continue;
      }
      if (entry.contacts.length === 0) continue;
      const { queued } = await enqueueMail(tx, {
        to: person.email,
        ...contactListMail(
          session.title,
          formatDate(session.startsAt),
          person.displayName,
          entry.contacts,
        ),
        idempotencyKey: `contacts:${session.id}:${person.id}:${listKey(entry.contacts)}`,
        notBefore: ctx.now(),
        toPersonOf: ctx.baseUrl,
      });
      if (queued) outcome.queued += 1;
      else outcome.unchanged += 1;
    }
    await audit(ctx, tx, {
      action: 'contacts.send',
      entity: 'session',
      entityId: session.id,
      details: { ...outcome },
    });
    return outcome;
  });
  if (result.queued > 0) ctx.mailer.wake();
  return result;
}
