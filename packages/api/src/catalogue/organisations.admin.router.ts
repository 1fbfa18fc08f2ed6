import { randomUUID } from 'node:crypto';
import {
  findOrganisationById,
  findParticipationById,
  insertOrganisation,
  insertParticipation,
  listActionTeams,
  listMovements,
  listOrganisations,
  listParticipations,
  updateOrganisation,
  updateParticipation,
  deleteOrganisation,
  deleteParticipation,
  type Executor,
} from '@jamsessie/db';
import {
  Id,
  LocalDate,
  Organisation,
  OrganisationInput,
  OrganisationKind,
  OrganisationUpdate,
  Participation,
  ParticipationInput,
  participationPeriodError,
  ParticipationUpdate,
} from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { unwrap } from '../errors.js';
import { coordinatorProcedure, router } from '../trpc.js';
import {
  changedKeys,
  expectVersion,
  found,
  givenFields,
  saved,
  finishDelete,
} from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';

const ORGANISATION_NOT_FOUND = 'Deze organisatie bestaat niet (meer).';
const PARTICIPATION_NOT_FOUND = 'Deze deelname bestaat niet (meer).';

async function checkParticipation(
  tx: Executor,
  p: Omit<Participation, 'id' | 'version'>,
): Promise<void> {
  unwrap(participationPeriodError(p));
  await assertReferences(tx, {
    organisationId: ['organisation', [p.organisationId]],
    movementId: ['movement', [p.movementId]],
  });
}

const participationsRouter = router({
  list: coordinatorProcedure
    .input(z.object({ organisationId: Id.optional(), movementId: Id.optional() }).prefault({}))
    .query(({ ctx, input }) => listParticipations(ctx.db, givenFields(input))),

  create: coordinatorProcedure.input(ParticipationInput).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      await checkParticipation(tx, input);
      const stored = saved(await insertParticipation(tx, { ...input, id: randomUUID() }));
      await audit(ctx, tx, {
        action: 'participation.create',
        entity: 'participation',
        entityId: stored.id,
        details: { organisationId: stored.organisationId, movementId: stored.movementId },
      });
      return stored;
    }),
  ),

  update: coordinatorProcedure.input(ParticipationUpdate).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(
        await findParticipationById(tx, input.id),
        'PARTICIPATION',
        PARTICIPATION_NOT_FOUND,
      );
      expectVersion('participation', current, input.version);
      const next: Participation = { ...current, ...givenFields(input), version: input.version };
      await checkParticipation(tx, next);
      const stored = saved(await updateParticipation(tx, next));
      await audit(ctx, tx, {
        action: 'participation.update',
        entity: 'participation',
        entityId: stored.id,
        details: { from: stored.from, until: stored.until },
      });
      return stored;
    }),
  ),

  delete: coordinatorProcedure
    .input(Participation.pick({ id: true, version: true }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        return finishDelete(ctx, tx, await deleteParticipation(tx, input.id, input.version), {
          entity: 'participation',
          id: input.id,
          version: input.version,
          notFoundMessage: PARTICIPATION_NOT_FOUND,
        });
      }),
    ),
});

/**
 * Organisations with their e-mail domains (which decide who may receive a meeting link) and
 * their participation periods per movement (`admin.organisations.*`). Edits and deletes carry
 * the version they started from; a stale one is refused (CONFLICT) and changes nothing.
 */
export const organisationsRouter = router({
  list: coordinatorProcedure
    .input(
      z
        .object({
          kind: OrganisationKind.optional(),
          movementId: Id.optional(),
          participatingOn: LocalDate.optional(),
        })
        .prefault({}),
    )
    .query(({ ctx, input }) => listOrganisations(ctx.db, givenFields(input))),

  get: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const organisation = found(
      await findOrganisationById(ctx.db, input.id),
      'ORGANISATION',
      ORGANISATION_NOT_FOUND,
    );
    const participations = await listParticipations(ctx.db, { organisationId: organisation.id });
    return { organisation, participations };
  }),

  create: coordinatorProcedure.input(OrganisationInput).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const stored = saved(await insertOrganisation(tx, { ...input, id: randomUUID() }));
      await audit(ctx, tx, {
        action: 'organisation.create',
        entity: 'organisation',
        entityId: stored.id,
        details: { slug: stored.slug, emailDomains: stored.emailDomains },
      });
      return stored;
    }),
  ),

  update: coordinatorProcedure.input(OrganisationUpdate).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(
        await findOrganisationById(tx, input.id),
        'ORGANISATION',
        ORGANISATION_NOT_FOUND,
      );
      expectVersion('organisation', current, input.version);
      const next: Organisation = { ...current, ...givenFields(input), version: input.version };
      const stored = saved(await updateOrganisation(tx, next));
      await audit(ctx, tx, {
        action: 'organisation.update',
        entity: 'organisation',
        entityId: stored.id,
        details: { changed: changedKeys(current, { ...next, version: current.version }) },
      });
      return stored;
    }),
  ),

  /** Deletes an organisation with its domains and participations; people keep their record. */
  delete: coordinatorProcedure
    .input(Organisation.pick({ id: true, version: true }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        return finishDelete(ctx, tx, await deleteOrganisation(tx, input.id, input.version), {
          entity: 'organisation',
          id: input.id,
          version: input.version,
          notFoundMessage: ORGANISATION_NOT_FOUND,
        });
      }),
    ),

  participations: participationsRouter,

  movements: coordinatorProcedure.query(({ ctx }) => listMovements(ctx.db)),

  actionTeams: coordinatorProcedure
    .input(z.object({ movementId: Id.optional() }).prefault({}))
    .query(({ ctx, input }) => listActionTeams(ctx.db, input.movementId)),
});
