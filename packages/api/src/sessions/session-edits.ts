import { findSessionById, isSessionSlugFree, updateSession, type Executor } from '@jamsessie/db';
import {
  checkSessionTimes,
  changesCalendar,
  rescheduleSession,
  type SessionUpdate,
  type Session as SessionValue,
} from '@jamsessie/domain';
import type { z } from 'zod';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { givenFields, refuse } from '../shared/admin.helpers.js';
import { assertReferences } from '../shared/references.js';
import { updateVersioned, type VersionedRows } from '../shared/versioned-update.js';

export const SESSION_NOT_FOUND = 'Deze sessie bestaat niet (meer).';

const sessionRows: VersionedRows<SessionValue> = {
  entity: 'session',
  notFound: 'SESSION',
  notFoundMessage: SESSION_NOT_FOUND,
  find: findSessionById,
  save: updateSession,
};

/** Refuses times the domain rejects (`checkSessionTimes`), shown next to the `endsAt` field. */
export function checkTimes(session: Pick<SessionValue, 'startsAt' | 'endsAt'>): void {
  const checked = checkSessionTimes(session);
  if (!checked.ok) {
    refuse(checked.error.code, checked.error.message, {
      fields: { endsAt: checked.error.message },
    });
  }
}

/** Refuses a series, theme or movement id that does not exist (see `assertReferences`). */
export async function checkReferences(tx: Executor, session: SessionValue): Promise<void> {
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
export async function transition(
  ctx: Context,
  ref: { id: string; version: number },
  action: string,
  apply: (session: SessionValue, now: string) => SessionValue,
  details: (before: SessionValue, after: SessionValue) => Record<string, unknown>,
): Promise<SessionValue> {
  return ctx.db.transaction().execute(async (tx) => {
    const { stored } = await updateVersioned(ctx, tx, sessionRows, ref, {
      action,
      change: (current) => keepSlugWhenTaken(tx, current, apply(current, ctx.now().toISOString())),
      details,
    });
    return stored;
  });
}

/**
 * A session with the given fields of an edit: new times follow the reschedule rules (not held,
 * not cancelled, not into the past), and a change calendars show raises the SEQUENCE.
 */
async function editedSession(
  ctx: Context,
  tx: Executor,
  current: SessionValue,
  input: z.infer<typeof SessionUpdate>,
): Promise<SessionValue> {
  const { startsAt, endsAt, ...rest } = givenFields(input);
  let next: SessionValue = { ...current, ...rest, id: current.id, version: current.version };
  const times = { startsAt: startsAt ?? current.startsAt, endsAt: endsAt ?? current.endsAt };
  checkTimes(times);
  if (times.startsAt !== current.startsAt || times.endsAt !== current.endsAt) {
    const moved = unwrap(rescheduleSession(next, times, ctx.now().toISOString()));
    next = rest.slug === undefined ? await keepSlugWhenTaken(tx, current, moved) : moved;
  } else if (changesCalendar(current, next)) {
    next = { ...next, sequence: current.sequence + 1 };
  }
  await checkReferences(tx, next);
  return next;
}

/**
 * A moved session takes the slug of its new date (the domain's rule) unless another session
 * already has that address: then it keeps its own rather than failing the move.
 */
export async function keepSlugWhenTaken(
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
 * Saves a coordinator's edit of a session inside the transaction (see `editedSession`), guarded
 * by the version it was based on, with an audit entry naming the changed fields.
 */
export async function editSession(
  ctx: Context,
  tx: Executor,
  input: z.infer<typeof SessionUpdate>,
): Promise<SessionValue> {
  const { stored } = await updateVersioned(ctx, tx, sessionRows, input, {
    change: (current) => editedSession(ctx, tx, current, input),
  });
  return stored;
}
