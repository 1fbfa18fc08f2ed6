import { randomUUID } from 'node:crypto';
import {
  findSeriesById,
  findSessionById,
  insertSession,
  listDilemmasOfSession,
  findProtocolRunBySession,
  listReportsOfSession,
  countAdminSessions,
  listAdminSessions,
} from '@jamsessie/db';
import {
  cancelSession,
  effectiveMeetingLink,
  Id,
  Instant,
  markHeld,
  requiredText,
  mayRecordAttendance,
  rescheduleSession,
  Session,
  SessionInput,
  SessionKind,
  SearchQuery,
  SessionStatus,
  SessionUpdate,
  toInstant,
  type Session as SessionValue,
} from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { runReminderJob } from '../mail/reminders.job.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { withLinkWarning } from '../privacy/link-warning.js';
import { coordinatorProcedure, router } from '../trpc.js';
import { found, saved } from '../shared/admin.helpers.js';
import {
  checkReferences,
  checkTimes,
  editSession,
  SESSION_NOT_FOUND,
  transition,
} from './session-edits.js';

const SessionRef = Session.pick({ id: true, version: true });

const ListInput = z
  .object({
    seriesId: Id.optional(),
    status: z.array(SessionStatus).max(3).optional(),
    kind: SessionKind.optional(),
    /** Sessions starting in this calendar year (Amsterdam). */
    year: z.number().int().min(2000).max(2100).optional(),
    from: Instant.optional(),
    to: Instant.optional(),
    q: SearchQuery.optional(),
    order: z.enum(['asc', 'desc']).default('asc'),
    ...PageInput.shape,
  })
  .prefault({});

/**
 * Followers hear of a cancellation at once, not at the reminder job's next run (every 15
 * minutes). The job is idempotent per session and address, so running it here too queues
 * nothing twice; if it fails now (the cancellation itself is already saved), its next
 * scheduled run queues the notices, so the coordinator gets no error for it.
 */
async function queueNoticesNow(ctx: Context): Promise<void> {
  try {
    await runReminderJob({ db: ctx.db, now: ctx.now(), baseUrl: ctx.baseUrl });
    ctx.mailer.wake();
  } catch {
    // Left to the scheduled run (see above).
  }
}

/**
 * Sessions for coordinators (`admin.sessions.*`): every status, the PRIVATE link override,
 * edits guarded by `version`. Cancelling and rescheduling bump the ICS sequence, so the
 * public agenda and calendar feeds show the change.
 */
export const sessionsRouter = router({
  list: coordinatorProcedure.input(ListInput).query(async ({ ctx, input }) => {
    const filter = {
      seriesId: input.seriesId,
      statuses: input.status,
      kind: input.kind,
      from:
        input.from ??
        (input.year !== undefined ? toInstant(`${input.year}-01-01`, '00:00') : undefined),
      to:
        input.to ??
        (input.year !== undefined ? toInstant(`${input.year + 1}-01-01`, '00:00') : undefined),
      q: input.q,
    };
    const [items, total] = await Promise.all([
      listAdminSessions(ctx.db, filter, {
        limit: input.pageSize,
        offset: pageOffset(input),
        order: input.order,
      }),
      countAdminSessions(ctx.db, filter),
    ]);
    return toPage(items, total, input);
  }),

  get: coordinatorProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const session = found(await findSessionById(ctx.db, input.id), 'SESSION', SESSION_NOT_FOUND);
    const series = session.seriesId ? await findSeriesById(ctx.db, session.seriesId) : undefined;
    const [dilemmas, run, reports] = await Promise.all([
      listDilemmasOfSession(ctx.db, session.id),
      findProtocolRunBySession(ctx.db, session.id),
      listReportsOfSession(ctx.db, session.id),
    ]);
    return {
      session,
      series: series ?? null,
      /** The link that applies (the session's own, else the series'): coordinators only. */
      meetingLink: effectiveMeetingLink(session, series?.meetingLink ?? null),
      dilemmaCount: dilemmas.length,
      run: run ? { id: run.id, phase: run.state.phase, version: run.version } : null,
      /** Whether attendance may be recorded now (the domain's `mayRecordAttendance`). */
      attendanceOpen: mayRecordAttendance(session, run?.state, ctx.now().toISOString()).ok,
      reports: reports.map((r) => ({
        id: r.id,
        slug: r.slug,
        status: r.status,
        version: r.version,
      })),
    };
  }),

  create: coordinatorProcedure.input(SessionInput).mutation(async ({ ctx, input }) =>
    withLinkWarning(
      ctx.db,
      input,
      await ctx.db.transaction().execute(async (tx) => {
        const session: SessionValue = {
          ...input,
          id: randomUUID(),
          status: 'planned',
          cancellationReason: null,
          sequence: 0,
          version: 1,
        };
        checkTimes(session);
        await checkReferences(tx, session);
        const stored = saved(await insertSession(tx, session));
        await audit(ctx, tx, {
          action: 'session.create',
          entity: 'session',
          entityId: stored.id,
          details: { slug: stored.slug, startsAt: stored.startsAt },
        });
        return stored;
      }),
    ),
  ),

  update: coordinatorProcedure
    .input(SessionUpdate)
    .mutation(async ({ ctx, input }) =>
      withLinkWarning(
        ctx.db,
        input,
        await ctx.db.transaction().execute((tx) => editSession(ctx, tx, input)),
      ),
    ),

  cancel: coordinatorProcedure
    .input(SessionRef.extend({ reason: requiredText(500) }))
    .mutation(async ({ ctx, input }) => {
      const cancelled = await transition(
        ctx,
        input,
        'session.cancel',
        (session, now) => unwrap(cancelSession(session, input.reason, now)),
        (before, after) => ({ from: before.status, to: after.status, sequence: after.sequence }),
      );
      await queueNoticesNow(ctx);
      return cancelled;
    }),

  reschedule: coordinatorProcedure
    .input(SessionRef.extend({ startsAt: Session.shape.startsAt, endsAt: Session.shape.endsAt }))
    .mutation(({ ctx, input }) =>
      transition(
        ctx,
        input,
        'session.reschedule',
        (session, now) =>
          unwrap(
            rescheduleSession(session, { startsAt: input.startsAt, endsAt: input.endsAt }, now),
          ),
        (before, after) => ({
          from: { startsAt: before.startsAt, endsAt: before.endsAt },
          to: { startsAt: after.startsAt, endsAt: after.endsAt },
          sequence: after.sequence,
        }),
      ),
    ),

  markHeld: coordinatorProcedure.input(SessionRef).mutation(({ ctx, input }) =>
    transition(
      ctx,
      input,
      'session.mark_held',
      (session, now) => unwrap(markHeld(session, now)),
      (before, after) => ({ from: before.status, to: after.status }),
    ),
  ),
});
