import { randomUUID } from 'node:crypto';
import {
  applyErasurePlan,
  findPersonById,
  insertPerson,
  listAttendedSessionIds,
  listConsentsOfPerson,
  listDilemmasOfOwner,
  listSubscriptionsOf,
  loadPersonRelated,
  updatePerson,
  countPeople,
  forgetQueuedMail,
  listPeople,
} from '@jamsessie/db';
import {
  erasePerson,
  exportPersonData,
  Id,
  PersonInput,
  PersonUpdate,
  SearchQuery,
  type Person,
} from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import { PageInput, pageOffset, toPage } from '../../shared/paging.js';
import { coordinatorProcedure, router } from '../../trpc.js';
import { attendanceRouter } from './attendance.router.js';
import { changedKeys, expectVersion, found, givenFields, saved } from './admin.helpers.js';
import { assertReferences } from './references.js';

const PERSON_NOT_FOUND = 'Deze persoon bestaat niet (meer).';

const PersonLookup = z.object({ personId: Id });

/**
 * Participants for coordinators (`admin.people.*`): the list, a person with their consent
 * history, attendance per session with the contact-sharing choice, and the two requests a
 * person may make: a copy of their data (`export`) and erasure (`erase`: what they wrote stays
 * in reports, anonymised; their consents, subscriptions and attendance go). Both are audited.
 */
export const peopleRouter = router({
  list: coordinatorProcedure
    .input(z.object({ q: SearchQuery.optional(), ...PageInput.shape }).prefault({}))
    .query(async ({ ctx, input }) => {
      const [items, total] = await Promise.all([
        listPeople(ctx.db, input.q, { limit: input.pageSize, offset: pageOffset(input) }),
        countPeople(ctx.db, input.q),
      ]);
      return toPage(items, total, input);
    }),

  get: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const person = found(await findPersonById(ctx.db, input.id), 'PERSON', PERSON_NOT_FOUND);
    const [consents, attendedSessionIds, dilemmas] = await Promise.all([
      listConsentsOfPerson(ctx.db, person.id),
      listAttendedSessionIds(ctx.db, person.id),
      listDilemmasOfOwner(ctx.db, person.id),
    ]);
    return { person, consents, attendedSessionIds, dilemmas };
  }),

  create: coordinatorProcedure.input(PersonInput).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      await assertReferences(tx, { organisationId: ['organisation', [input.organisationId]] });
      const person = saved(await insertPerson(tx, { ...input, id: randomUUID() }));
      await audit(ctx, tx, { action: 'person.create', entity: 'person', entityId: person.id });
      return person;
    }),
  ),

  update: coordinatorProcedure.input(PersonUpdate).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(await findPersonById(tx, input.id), 'PERSON', PERSON_NOT_FOUND);
      expectVersion('person', current, input.version);
      const next: Person = { ...current, ...givenFields(input), version: input.version };
      await assertReferences(tx, { organisationId: ['organisation', [next.organisationId]] });
      const person = saved(await updatePerson(tx, next));
      await audit(ctx, tx, {
        action: 'person.update',
        entity: 'person',
        entityId: person.id,
        details: { changed: changedKeys(current, { ...next, version: current.version }) },
      });
      return person;
    }),
  ),

  /** Everything held about a person, as JSON (the domain's `exportPersonData`, plus mail subscriptions). */
  export: coordinatorProcedure.input(PersonLookup).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const related = found(
        await loadPersonRelated(tx, input.personId),
        'PERSON',
        PERSON_NOT_FOUND,
      );
      const data = exportPersonData(related.person, related);
      const subscriptions = related.person.email
        ? await listSubscriptionsOf(tx, related.person.email)
        : [];
      const attendedSessionIds = await listAttendedSessionIds(tx, related.person.id);
      await audit(ctx, tx, {
        action: 'person.export',
        entity: 'person',
        entityId: related.person.id,
      });
      return {
        ...data,
        attendedSessionIds,
        subscriptions: subscriptions.map((s) => ({
          targetKind: s.targetKind,
          targetId: s.targetId,
          confirmedAt: s.confirmedAt,
          createdAt: s.createdAt,
        })),
        exportedAt: ctx.now().toISOString(),
      };
    }),
  ),

  /**
   * Erases a person on request (the domain's `erasePerson`): reports and dilemmas keep their
   * text with the person's references removed and their name replaced by "Deelnemer"; consent
   * records, subscriptions, attendance, unsent mail to or about them and the person go. Texts that still mention the name
   * are returned for a coordinator to check by hand.
   */
  erase: coordinatorProcedure.input(PersonLookup).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const related = found(
        await loadPersonRelated(tx, input.personId),
        'PERSON',
        PERSON_NOT_FOUND,
      );
      const plan = erasePerson(related.person, related);
      await applyErasurePlan(tx, plan);
      // Unsent mail to them or naming their address (a queued contact list) goes too.
      const unsentMail = related.person.email
        ? await forgetQueuedMail(tx, related.person.email)
        : 0;
      await audit(ctx, tx, {
        action: 'person.erase',
        entity: 'person',
        entityId: plan.personId,
        details: {
          consentRecords: plan.consentRecordIds.length,
          dilemmas: plan.dilemmas.map((d) => d.id),
          reports: plan.reports.map((r) => r.id),
          runs: plan.protocols.map((p) => p.sessionId),
          textsToCheck: plan.textsToCheck.length,
          unsentMail,
        },
      });
      return {
        personId: plan.personId,
        anonymised: {
          dilemmas: plan.dilemmas.length,
          reports: plan.reports.length,
          runs: plan.protocols.length,
        },
        consentRecordsDeleted: plan.consentRecordIds.length,
        textsToCheck: plan.textsToCheck,
      };
    }),
  ),

  attendance: attendanceRouter,
});
