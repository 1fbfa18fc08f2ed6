import { randomUUID } from 'node:crypto';
import {
  findWeekDayById,
  insertWeekDay,
  insertWeekEdition,
  listProgrammeItems,
  listWeekDays,
  listWeekEditions,
  updateWeekDay,
  updateWeekEdition,
  countProgrammeItemsOfEdition,
  deleteWeekEdition,
  findWeekEditionById,
} from '@jamsessie/db';
import {
  checkWeekEdition,
  Id,
  programmeByDay,
  WeekDayLinks,
  WeekDayUpdate,
  WeekEdition,
  WeekEditionInput,
  WeekEditionUpdate,
  weekDaysFor,
  type WeekDay,
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
  refuse,
  saved,
  finishDelete,
} from '../shared/admin.helpers.js';
import { programmeItemsRouter } from './week-items.admin.router.js';

const EDITION_NOT_FOUND = 'Deze editie van de Week bestaat niet (meer).';
const DAY_NOT_FOUND = 'Deze dag van de Week bestaat niet (meer).';

const editionsRouter = router({
  list: coordinatorProcedure.query(({ ctx }) => listWeekEditions(ctx.db)),

  get: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const edition = found(await findWeekEditionById(ctx.db, input.id), 'WEEK', EDITION_NOT_FOUND);
    const [days, items] = await Promise.all([
      listWeekDays(ctx.db, edition.id),
      listProgrammeItems(ctx.db, { editionId: edition.id }),
    ]);
    return { edition, days: programmeByDay(days, items) };
  }),

  create: coordinatorProcedure.input(WeekEditionInput).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      unwrap(checkWeekEdition(input));
      const stored = saved(await insertWeekEdition(tx, { ...input, id: randomUUID() }));
      await audit(ctx, tx, {
        action: 'week_edition.create',
        entity: 'week_edition',
        entityId: stored.id,
        details: { year: stored.year },
      });
      return stored;
    }),
  ),

  update: coordinatorProcedure.input(WeekEditionUpdate).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(await findWeekEditionById(tx, input.id), 'WEEK', EDITION_NOT_FOUND);
      expectVersion('week_edition', current, input.version);
      const next: WeekEdition = { ...current, ...givenFields(input), version: input.version };
      unwrap(checkWeekEdition(next));
      const stored = saved(await updateWeekEdition(tx, next));
      await audit(ctx, tx, {
        action: 'week_edition.update',
        entity: 'week_edition',
        entityId: stored.id,
        details: { changed: changedKeys(current, { ...next, version: current.version }) },
      });
      return stored;
    }),
  ),

  /** Deletes an edition with its days; refused while its days still hold programme items. */
  delete: coordinatorProcedure
    .input(WeekEdition.pick({ id: true, version: true }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        if ((await countProgrammeItemsOfEdition(tx, input.id)) > 0) {
          refuse(
            'WEEK.HAS_PROGRAMME',
            'Deze editie heeft nog programmaonderdelen: verwijder die eerst.',
          );
        }
        return finishDelete(ctx, tx, await deleteWeekEdition(tx, input.id, input.version), {
          entity: 'week_edition',
          id: input.id,
          version: input.version,
          notFoundMessage: EDITION_NOT_FOUND,
        });
      }),
    ),
});

const daysRouter = router({
  list: coordinatorProcedure
    .input(z.object({ editionId: Id }))
    .query(({ ctx, input }) => listWeekDays(ctx.db, input.editionId)),

  /** Creates the five sector days (Monday–Friday) of an edition; existing days are kept. */
  generate: coordinatorProcedure.input(z.object({ editionId: Id })).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const edition = found(
        await findWeekEditionById(tx, input.editionId),
        'WEEK',
        EDITION_NOT_FOUND,
      );
      const existing = await listWeekDays(tx, edition.id);
      const taken = new Set(existing.map((d) => d.date));
      const created: WeekDay[] = [];
      for (const draft of weekDaysFor(edition)) {
        if (taken.has(draft.date)) continue;
        created.push(
          saved(
            await insertWeekDay(tx, {
              ...draft,
              id: randomUUID(),
              editionId: edition.id,
              summary: '',
              recordingUrl: null,
              reportUrl: null,
            }),
          ),
        );
      }
      await audit(ctx, tx, {
        action: 'week_day.generate',
        entity: 'week_edition',
        entityId: edition.id,
        details: { created: created.map((d) => d.date) },
      });
      return { created, days: await listWeekDays(tx, edition.id) };
    }),
  ),

  update: coordinatorProcedure.input(WeekDayUpdate).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(await findWeekDayById(tx, input.id), 'WEEK_DAY', DAY_NOT_FOUND);
      expectVersion('week_day', current, input.version);
      const next: WeekDay = { ...current, ...givenFields(input), version: input.version };
      const stored = saved(await updateWeekDay(tx, next));
      await audit(ctx, tx, {
        action: 'week_day.update',
        entity: 'week_day',
        entityId: stored.id,
        details: { changed: changedKeys(current, { ...next, version: current.version }) },
      });
      return stored;
    }),
  ),

  /** The recording and the extended report of a day, once they are online (with the version). */
  setLinks: coordinatorProcedure.input(WeekDayLinks).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(await findWeekDayById(tx, input.id), 'WEEK_DAY', DAY_NOT_FOUND);
      expectVersion('week_day', current, input.version);
      const stored = saved(await updateWeekDay(tx, { ...current, ...input }));
      await audit(ctx, tx, {
        action: 'week_day.set_links',
        entity: 'week_day',
        entityId: stored.id,
        details: { recording: stored.recordingUrl !== null, report: stored.reportUrl !== null },
      });
      return stored;
    }),
  ),
});

/**
 * The Week van de Radicale vernieuwing for coordinators (`admin.week.*`): editions, their five
 * sector days with recording and report links, and the programme with roles. Accepted items
 * appear in the agenda as `week_item` sessions, kept in step here.
 */
export const weekAdminRouter = router({
  editions: editionsRouter,
  days: daysRouter,
  items: programmeItemsRouter,
});
