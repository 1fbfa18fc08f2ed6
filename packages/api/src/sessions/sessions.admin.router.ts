import { randomUUID } from 'node:crypto';
import {
  findSeriesById,
  findSessionById,
  insertSession,
  isSessionSlugFree,
  listDilemmasOfSession,
  findProtocolRunBySession,
  listReportsOfSession,
  updateSession,
  countAdminSessions,
  listAdminSessions,
  type Executor,
} from '@jamsessie/db';
import {
  cancelSession,
  effectiveMeetingLink,
  Id,
  Instant,
  markHeld,
  requiredText,
  rescheduleSession,
  Session,
  SessionInput,
  SessionKind,
  SearchQuery,
  SessionStatus,
  SessionUpdate,
  checkSessionTimes,
  toInstant,
  type Session as SessionValue,
  changesCalendar,
} from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { runReminderJob } from '../mail/reminders.job.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { withLinkWarning } from '../privacy/link-warning.js';
import { coordinatorProcedure, router } from '../trpc.js';
import {
  changedKeys,
  expectVersion,
  found,
  givenFields,
  refuse,
  saved,
} from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';

const SESSION_NOT_FOUND = 'Deze sessie bestaat niet (meer).';

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

function checkTimes(session: Pick<SessionValue, 'startsAt' | 'endsAt'>): void {
  const checked = checkSessionTimes(session);
  if (!checked.ok) {
    refuse(checked.error.code, checked.error.message, {
      fields: { endsAt: checked.error.message },
    });
  }
}

async function checkReferences(tx: Executor, session: SessionValue): Promise<void> {
  await assertReferences(tx, {
    seriesId: ['series', [session.seriesId]],
    themeIds: ['theme', session.themeIds],
    movementIds: ['movement', session.movementIds],
  });
}

/**
 * Loads a session in a transaction, checks the caller's version, applies a domain transition
 * and saves it (guarded by the same version) with an audit entry.
 */
async function transition(
  ctx: Context,
  ref: { id: string; version: number },
  action: string,
  apply: (session: SessionValue, now: string) => SessionValue,
  details: (before: SessionValue, after: SessionValue) => Record<string, unknown>,
): Promise<SessionValue> {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(await findSessionById(tx, ref.id), 'SESSION', SESSION_NOT_FOUND);
    expectVersion('session', current, ref.version);
    const next = await keepSlugWhenTaken(tx, current, apply(current, ctx.now().toISOString()));
    const stored = saved(await updateSession(tx, { ...next, version: ref.version }));
    await audit(ctx, tx, {
      action,
      entity: 'session',
      entityId: stored.id,
      details: details(current, stored),
    });
    return stored;
  });
}

/**
 * A moved session takes the slug of its new date (the domain's rule) unless another session
 * already has that address: then it keeps its own rather than failing the move.
 */
async function keepSlugWhenTaken(
  tx: Executor,
  before: SessionValue,
  after: SessionValue,
): Promise<SessionValue> {
  if (after.slug === before.slug || (await isSessionSlugFree(tx, after.slug, after.id))) {
    return after;
  }
  return { ...after, slug: before.slug };
}

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

  update: coordinatorProcedure.input(SessionUpdate).mutation(async ({ ctx, input }) =>
    withLinkWarning(
      ctx.db,
      input,
      await ctx.db.transaction().execute(async (tx) => {
        const current = found(await findSessionById(tx, input.id), 'SESSION', SESSION_NOT_FOUND);
        expectVersion('session', current, input.version);
        const { startsAt, endsAt, ...rest } = givenFields(input);
        let next: SessionValue = { ...current, ...rest, id: current.id, version: current.version };
        const times = { startsAt: startsAt ?? current.startsAt, endsAt: endsAt ?? current.endsAt };
        checkTimes(times);
        if (times.startsAt !== current.startsAt || times.endsAt !== current.endsAt) {
          // New times follow the reschedule rules (not held, not cancelled, not into the past).
          const moved = unwrap(rescheduleSession(next, times, ctx.now().toISOString()));
          next = rest.slug === undefined ? await keepSlugWhenTaken(tx, current, moved) : moved;
        } else if (changesCalendar(current, next)) {
          next = { ...next, sequence: current.sequence + 1 };
        }
        await checkReferences(tx, next);
        const stored = saved(await updateSession(tx, { ...next, version: input.version }));
        await audit(ctx, tx, {
          action: 'session.update',
          entity: 'session',
          entityId: stored.id,
          details: { changed: changedKeys(current, { ...next, version: current.version }) },
        });
        return stored;
      }),
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
