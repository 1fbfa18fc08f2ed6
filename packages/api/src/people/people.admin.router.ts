import { randomUUID } from 'node:crypto';
import {
  findPersonById,
  insertPerson,
  listAttendedSessionIds,
  listConsentsOfPerson,
  listDilemmasOfOwner,
  updatePerson,
  countPeople,
  listPeople,
} from '@jamsessie/db';
import { Id, PersonInput, PersonUpdate, SearchQuery, type Person } from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { erasePersonRecord, exportPersonRecord, PERSON_NOT_FOUND } from './person-data.service.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { coordinatorProcedure, router } from '../trpc.js';
import { attendanceRouter } from './attendance.admin.router.js';
import { changedKeys, expectVersion, found, givenFields, saved } from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';

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
  export: coordinatorProcedure
    .input(PersonLookup)
    .mutation(({ ctx, input }) =>
      ctx.db
        .transaction()
        .execute((tx) => exportPersonRecord(ctx, tx, input.personId, 'coordinator')),
    ),

  /**
   * Erases a person on request (see `erasePersonRecord`): what they wrote stays in reports,
   * anonymised; their consents, subscriptions, attendance and unsent mail go.
   */
  erase: coordinatorProcedure
    .input(PersonLookup)
    .mutation(({ ctx, input }) =>
      ctx.db
        .transaction()
        .execute((tx) => erasePersonRecord(ctx, tx, input.personId, 'coordinator')),
    ),

  attendance: attendanceRouter,
});
