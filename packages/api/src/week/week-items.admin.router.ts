import { randomUUID } from 'node:crypto';
import {
  findWeekDayById,
  findProgrammeItemById,
  insertProgrammeItem,
  listProgrammeItems,
  updateProgrammeItem,
  deleteProgrammeItem,
  type Executor,
} from '@jamsessie/db';
import {
  decideLocalProgramme,
  Id,
  ProgrammeItem,
  ProgrammeItemInput,
  ProgrammeItemUpdate,
  checkSessionTimes,
  type ProgrammeItem as ProgrammeItemValue,
} from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
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
import { assertReferences } from '../shared/references.js';
import { syncAgendaSession, withdrawAgendaSession } from './week-agenda.service.js';

const DAY_NOT_FOUND = 'Deze dag van de Week bestaat niet (meer).';
const ITEM_NOT_FOUND = 'Dit programmaonderdeel bestaat niet (meer).';

const ItemRef = ProgrammeItem.pick({ id: true, version: true });

async function checkItem(tx: Executor, item: ProgrammeItemValue) {
  // A programme item becomes an agenda session, so the session's time rule applies.
  const checked = checkSessionTimes(item);
  if (!checked.ok) {
    refuse('PROGRAMME.INVALID_TIMES', checked.error.message, {
      fields: { endsAt: checked.error.message },
    });
  }
  const day = found(await findWeekDayById(tx, item.dayId), 'WEEK_DAY', DAY_NOT_FOUND);
  await assertReferences(tx, {
    organisationId: ['organisation', [item.organisationId]],
    roles: ['organisation', item.roles.map((r) => r.organisationId)],
  });
  // Only programmes at an organisation's own location are proposed and decided.
  return {
    day,
    item: item.kind === 'local_programme' ? item : { ...item, proposalStatus: 'accepted' as const },
  };
}

async function saveItemChange(
  ctx: Context,
  ref: { id: string; version: number },
  action: string,
  change: (item: ProgrammeItemValue) => ProgrammeItemValue,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(
      await findProgrammeItemById(tx, ref.id),
      'PROGRAMME_ITEM',
      ITEM_NOT_FOUND,
    );
    expectVersion('programme_item', current, ref.version);
    const checked = await checkItem(tx, { ...change(current), id: current.id });
    const stored = saved(await updateProgrammeItem(tx, { ...checked.item, version: ref.version }));
    const session = await syncAgendaSession(tx, stored, checked.day, ctx.now().toISOString());
    await audit(ctx, tx, {
      action,
      entity: 'programme_item',
      entityId: stored.id,
      details: {
        changed: changedKeys(current, { ...stored, version: current.version }),
        proposalStatus: stored.proposalStatus,
        sessionId: session?.id ?? null,
      },
    });
    return { item: stored, session };
  });
}

/**
 * The programme of the week (`admin.week.items.*`): items with their roles, proposals of
 * local programmes accepted or declined, every change mirrored in the agenda.
 */
export const programmeItemsRouter = router({
  list: coordinatorProcedure
    .input(z.object({ editionId: Id.optional(), dayId: Id.optional() }).prefault({}))
    .query(({ ctx, input }) => listProgrammeItems(ctx.db, givenFields(input))),

  create: coordinatorProcedure.input(ProgrammeItemInput).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const checked = await checkItem(tx, { ...input, id: randomUUID(), version: 1 });
      const stored = saved(await insertProgrammeItem(tx, checked.item));
      const session = await syncAgendaSession(tx, stored, checked.day, ctx.now().toISOString());
      await audit(ctx, tx, {
        action: 'programme_item.create',
        entity: 'programme_item',
        entityId: stored.id,
        details: {
          kind: stored.kind,
          proposalStatus: stored.proposalStatus,
          sessionId: session?.id ?? null,
        },
      });
      return { item: stored, session };
    }),
  ),

  update: coordinatorProcedure.input(ProgrammeItemUpdate).mutation(({ ctx, input }) =>
    saveItemChange(ctx, input, 'programme_item.update', (current) => ({
      ...current,
      ...givenFields(input),
    })),
  ),

  /** Accepts or declines a proposed local programme; an accepted one enters the agenda. */
  decide: coordinatorProcedure
    .input(
      ItemRef.extend({
        decision: z.enum(['accepted', 'declined'], { error: 'Kies accepteren of afwijzen.' }),
      }),
    )
    .mutation(({ ctx, input }) =>
      saveItemChange(ctx, input, 'programme_item.decide', (current) =>
        unwrap(decideLocalProgramme(current, input.decision)),
      ),
    ),

  delete: coordinatorProcedure.input(ItemRef).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      await withdrawAgendaSession(tx, input.id, ctx.now().toISOString());
      return finishDelete(ctx, tx, await deleteProgrammeItem(tx, input.id, input.version), {
        entity: 'programme_item',
        id: input.id,
        version: input.version,
        notFoundMessage: ITEM_NOT_FOUND,
      });
    }),
  ),
});

/**
 * The Week van de Radicale vernieuwing for coordinators (`admin.week.*`): editions, their five
 * sector days with recording and report links, and the programme with roles. Accepted items
 * appear in the agenda as `week_item` sessions, kept in step here.
 */
