import { randomUUID } from 'node:crypto';
import {
  findPersonById,
  findSessionById,
  insertPerson,
  listAttendees,
  listContactSharingConsents,
  recordAttendance,
  removeAttendance,
  type Executor,
} from '@jamsessie/db';
import { contactListFor, Id, PersonInput, sharesContact } from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { coordinatorProcedure, router } from '../trpc.js';
import { found, refuse, saved } from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';
import { recordConsent } from './consent.service.js';

const SESSION_NOT_FOUND = 'Deze sessie bestaat niet (meer).';

const RecordInput = z
  .object({
    sessionId: Id,
    /** An existing person … */
    personId: Id.optional(),
    /** … or a new one, typed in by the facilitator. */
    newPerson: PersonInput.optional(),
    /** Whether this person wants to exchange e-mail addresses with the others who do. */
    sharesContact: z.boolean({ error: 'Kies of deze deelnemer contactgegevens deelt.' }),
  })
  .refine((v) => (v.personId === undefined) !== (v.newPerson === undefined), {
    error: 'Kies een bestaande deelnemer of vul een nieuwe in.',
    path: ['personId'],
  });

async function attendanceOf(db: Executor, sessionId: string) {
  const attendees = await listAttendees(db, sessionId);
  const records = await listContactSharingConsents(
    db,
    attendees.map((a) => a.person.id),
    sessionId,
  );
  return {
    attendees: attendees.map((a) => ({
      ...a,
      sharesContact: sharesContact(records, a.person.id, sessionId),
    })),
    /** Who receives whose details: only those who opted in, each other's only. */
    contactList: contactListFor(attendees, records, { sessionId }),
  };
}

async function record(ctx: Context, input: z.infer<typeof RecordInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const session = found(await findSessionById(tx, input.sessionId), 'SESSION', SESSION_NOT_FOUND);
    if (session.status === 'cancelled') {
      refuse('SESSION.CANCELLED', 'Deze sessie ging niet door: er zijn geen deelnemers.');
    }
    let personId = input.personId;
    if (input.newPerson) {
      await assertReferences(tx, {
        organisationId: ['organisation', [input.newPerson.organisationId]],
      });
      personId = saved(await insertPerson(tx, { ...input.newPerson, id: randomUUID() })).id;
    }
    const person = found(
      await findPersonById(tx, personId ?? ''),
      'PERSON',
      'Deze persoon bestaat niet (meer).',
    );
    const added = await recordAttendance(tx, session.id, person.id);
    const records = await listContactSharingConsents(tx, [person.id], session.id);
    if (sharesContact(records, person.id, session.id) !== input.sharesContact) {
      await recordConsent(ctx, tx, {
        personId: person.id,
        subject: 'contact_sharing',
        subjectId: session.id,
        granted: input.sharesContact,
      });
    }
    await audit(ctx, tx, {
      action: 'attendance.record',
      entity: 'session',
      entityId: session.id,
      details: { personId: person.id, added, sharesContact: input.sharesContact },
    });
    return attendanceOf(tx, session.id);
  });
}

/**
 * Who took part in a session (`admin.people.attendance.*`), each with their contact-sharing
 * choice (kept as consent history), and the resulting contact list.
 */
export const attendanceRouter = router({
  list: coordinatorProcedure
    .input(z.object({ sessionId: Id }))
    .query(({ ctx, input }) => attendanceOf(ctx.db, input.sessionId)),

  record: coordinatorProcedure.input(RecordInput).mutation(({ ctx, input }) => record(ctx, input)),

  remove: coordinatorProcedure
    .input(z.object({ sessionId: Id, personId: Id }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        if (!(await removeAttendance(tx, input.sessionId, input.personId))) {
          refuse('ATTENDANCE.NOT_FOUND', 'Deze deelnemer staat niet bij deze sessie.');
        }
        await audit(ctx, tx, {
          action: 'attendance.remove',
          entity: 'session',
          entityId: input.sessionId,
          details: { personId: input.personId },
        });
        return attendanceOf(tx, input.sessionId);
      }),
    ),
});
