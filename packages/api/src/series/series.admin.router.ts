import { randomUUID } from 'node:crypto';
import {
  cancelSession,
  checkSeries,
  Id,
  LocalDate,
  requiredText,
  Series,
  SeriesException,
  SeriesInput,
  SeriesUpdate,
  toLocalParts,
  type Series as SeriesValue,
} from '@jamsessie/domain';
import {
  deleteEmptySeries,
  findSeriesById,
  insertSeries,
  listSeries,
  listSessionsOfSeries,
  lockSeries,
  markSeriesArchived,
  updateSeries,
  updateSession,
  sessionCountsBySeries,
  type Executor,
} from '@jamsessie/db';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { withLinkWarning } from '../privacy/link-warning.js';
import { coordinatorProcedure, router } from '../trpc.js';
import { expectVersion, found, givenFields, refuse, saved } from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';
import { applyPlan, previewYear } from './series-plan.service.js';
import { updateVersioned, type VersionedRows } from '../shared/versioned-update.js';

const SERIES_NOT_FOUND = 'Deze reeks bestaat niet (meer).';

const seriesRows: VersionedRows<SeriesValue> = {
  entity: 'series',
  notFound: 'SERIES',
  notFoundMessage: SERIES_NOT_FOUND,
  find: findSeriesById,
  save: updateSeries,
};

const SeriesRef = Series.pick({ id: true, version: true });

/** A calendar year a coordinator can plan. */
const Year = z
  .number({ error: 'Vul een jaartal in.' })
  .int({ error: 'Vul een jaartal in.' })
  .min(2020, { error: 'Vul een jaartal vanaf 2020 in.' })
  .max(2100, { error: 'Vul een jaartal tot 2100 in.' });

const MoveDecision = SeriesException.options[1].pick({
  date: true,
  to: true,
  startTime: true,
  reason: true,
});

const ApplyPlanInput = z.object({
  seriesId: Id,
  version: Series.shape.version,
  year: Year,
  accept: z.array(LocalDate).max(60).default([]),
  skip: z.array(LocalDate).max(60).default([]),
  move: z.array(MoveDecision).max(60).default([]),
});

async function checkedReferences(tx: Executor, s: SeriesValue) {
  await assertReferences(tx, {
    actionTeamId: ['action_team', [s.actionTeamId]],
    themeRotation: ['theme', s.themeRotation],
  });
}

/**
 * Loads a series in the transaction, checks the version, applies `change`, checks the
 * planning rules and saves it with an audit entry naming the changed fields.
 */
async function editSeries(
  ctx: Context,
  ref: { id: string; version: number },
  action: string,
  change: (series: SeriesValue) => SeriesValue,
): Promise<SeriesValue> {
  return ctx.db.transaction().execute(async (tx) => {
    const { stored } = await updateVersioned(ctx, tx, seriesRows, ref, {
      action,
      change: async (current) => {
        const next = unwrap(checkSeries({ ...change(current), id: current.id }));
        await checkedReferences(tx, next);
        return next;
      },
    });
    return stored;
  });
}

/**
 * Series for coordinators (`admin.series.*`): the full series with its PRIVATE meeting link,
 * edits guarded by `version`, the year planner (`planYear` preview, `applyPlan` to create the
 * sessions) and archiving (ends the series, cancels its future sessions).
 */
export const seriesRouter = router({
  list: coordinatorProcedure
    .input(z.object({ actionTeamId: Id.optional() }).prefault({}))
    .query(async ({ ctx, input }) => {
      const [series, counts] = await Promise.all([
        // An archived series has left the planning: its sessions stay under Sessies.
        listSeries(ctx.db, {
          current: true,
          ...(input.actionTeamId ? { actionTeamId: input.actionTeamId } : {}),
        }),
        sessionCountsBySeries(ctx.db),
      ]);
      return series.map((s) => ({
        ...s,
        sessionCounts: counts.get(s.id) ?? { planned: 0, held: 0, cancelled: 0 },
      }));
    }),

  get: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const series = found(await findSeriesById(ctx.db, input.id), 'SERIES', SERIES_NOT_FOUND);
    const sessions = await listSessionsOfSeries(ctx.db, series.id);
    return { series, sessions };
  }),

  create: coordinatorProcedure.input(SeriesInput).mutation(async ({ ctx, input }) =>
    withLinkWarning(
      ctx.db,
      input,
      await ctx.db.transaction().execute(async (tx) => {
        const series = unwrap(checkSeries({ ...input, id: randomUUID(), version: 1 }));
        await checkedReferences(tx, series);
        const stored = saved(await insertSeries(tx, series));
        await audit(ctx, tx, {
          action: 'series.create',
          entity: 'series',
          entityId: stored.id,
          details: { slug: stored.slug },
        });
        return stored;
      }),
    ),
  ),

  update: coordinatorProcedure.input(SeriesUpdate).mutation(async ({ ctx, input }) =>
    withLinkWarning(
      ctx.db,
      input,
      await editSeries(ctx, input, 'series.update', (current) => ({
        ...current,
        ...givenFields(input),
      })),
    ),
  ),

  setMeetingLink: coordinatorProcedure
    .input(SeriesRef.extend({ meetingLink: Series.shape.meetingLink }))
    .mutation(({ ctx, input }) =>
      editSeries(ctx, input, 'series.set_meeting_link', (current) => ({
        ...current,
        meetingLink: input.meetingLink,
      })),
    ),

  setEligibility: coordinatorProcedure
    .input(SeriesRef.extend({ eligibility: Series.shape.eligibility }))
    .mutation(({ ctx, input }) =>
      editSeries(ctx, input, 'series.set_eligibility', (current) => ({
        ...current,
        eligibility: input.eligibility,
      })),
    ),

  setDocuments: coordinatorProcedure
    .input(SeriesRef.extend({ documents: Series.shape.documents }))
    .mutation(({ ctx, input }) =>
      editSeries(ctx, input, 'series.set_documents', (current) => ({
        ...current,
        documents: input.documents,
      })),
    ),

  /**
   * Deletes a series without sessions (made by mistake, or never planned). One with sessions
   * is refused (`SERIES.HAS_SESSIONS`): end it with `archive`, which keeps what was held.
   */
  delete: coordinatorProcedure.input(SeriesRef).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      await lockSeries(tx, input.id);
      const current = found(await findSeriesById(tx, input.id), 'SERIES', SERIES_NOT_FOUND);
      expectVersion('series', current, input.version);
      if ((await deleteEmptySeries(tx, current.id)) === 'has_sessions') {
        refuse(
          'SERIES.HAS_SESSIONS',
          'Deze reeks heeft sessies en kan niet worden verwijderd. Beëindig de reeks: wat gehouden is, blijft staan.',
        );
      }
      await audit(ctx, tx, {
        action: 'series.delete',
        entity: 'series',
        entityId: current.id,
        details: { slug: current.slug },
      });
      return { id: current.id };
    }),
  ),

  /**
   * Ends a series: its last date becomes today (Amsterdam), every future planned session is
   * cancelled with the reason (shown in the agenda and the calendar feed), and it is marked
   * archived: it leaves the public "Reeks" filter and the planning list, while its held
   * sessions and their reports stay.
   */
  archive: coordinatorProcedure
    .input(SeriesRef.extend({ reason: requiredText(500) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const now = ctx.now().toISOString();
        const current = found(await findSeriesById(tx, input.id), 'SERIES', SERIES_NOT_FOUND);
        expectVersion('series', current, input.version);
        const today = toLocalParts(now).date;
        const endsToday = today < current.firstDate ? current.firstDate : today;
        // An archived series never runs longer than it already would.
        const lastDate =
          current.lastDate !== null && current.lastDate < endsToday ? current.lastDate : endsToday;
        const ended = unwrap(
          checkSeries({
            ...current,
            lastDate,
            exceptions: current.exceptions.filter((e) => e.date <= lastDate),
          }),
        );
        const stored = saved(await updateSeries(tx, ended));
        await markSeriesArchived(tx, stored.id, now);
        const cancelled: string[] = [];
        for (const session of await listSessionsOfSeries(tx, current.id)) {
          if (session.status !== 'planned' || session.startsAt <= now) continue;
          const next = unwrap(cancelSession(session, input.reason, now));
          saved(await updateSession(tx, { ...next, version: session.version }));
          cancelled.push(session.id);
        }
        await audit(ctx, tx, {
          action: 'series.archive',
          entity: 'series',
          entityId: stored.id,
          details: { lastDate: stored.lastDate, cancelledSessions: cancelled },
        });
        return { series: stored, cancelledSessionIds: cancelled };
      }),
    ),

  planYear: coordinatorProcedure
    .input(z.object({ seriesId: Id, year: Year }))
    .query(({ ctx, input }) => previewYear(ctx, input.seriesId, input.year)),

  applyPlan: coordinatorProcedure
    .input(ApplyPlanInput)
    .mutation(({ ctx, input }) => applyPlan(ctx, input)),
});
