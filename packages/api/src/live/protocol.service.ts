import { randomBytes, randomUUID } from 'node:crypto';
import {
  findProtocolRunBySession,
  findSessionById,
  insertProtocolRun,
  listDilemmasOfSession,
  saveProtocolRun,
  type Executor,
  type StoredProtocolRun,
} from '@jamsessie/db';
import {
  applyProtocolEvent,
  createProtocol,
  dilemmaRefOf,
  type ProtocolEvent,
  type ProtocolSettings,
  type ProtocolState,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { expectVersion, found, refuse, saved } from '../shared/admin.helpers.js';
import {
  syncDilemmasWithRun,
  viewTokenOf,
  withoutViewToken,
  withViewToken,
} from './protocol-sync.service.js';

const SESSION_NOT_FOUND = 'Deze sessie bestaat niet (meer).';
const RUN_NOT_FOUND = 'Deze sessie is nog niet gestart: start eerst de begeleiding.';

/** A new unguessable token for the participants' read-only screen (32 random bytes). */
export function newViewToken(): string {
  return randomBytes(32).toString('base64url');
}

function minutesOf(session: { startsAt: string; endsAt: string }): number {
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000);
  return Math.min(480, Math.max(15, minutes));
}

/** Replays the session's inventory into a fresh run: its open dilemmas, and the choice made. */
function seeded(state: ProtocolState, dilemmas: Awaited<ReturnType<typeof listDilemmasOfSession>>) {
  let next = state;
  const open = dilemmas.filter((d) => d.status === 'inventoried' || d.status === 'chosen');
  for (const dilemma of open) {
    next = unwrap(applyProtocolEvent(next, { type: 'addDilemma', dilemma: dilemmaRefOf(dilemma) }));
  }
  const chosen = open
    .filter((d) => d.status === 'chosen')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((d) => d.id);
  if (chosen.length > 0) {
    const applied = applyProtocolEvent(next, { type: 'choose', dilemmaIds: chosen });
    // A choice that does not fit the hour is left for the facilitator to make again.
    if (applied.ok) next = applied.value;
  }
  return next;
}

/**
 * Opens the facilitation of a session: creates its run (inventory phase, loaded with the
 * session's open dilemmas and the choice made so far) with a new view token for the
 * participants' screen. Idempotent: when the run exists it is returned as it is (and gets a
 * view token if it had none).
 *
 * @example const run = await startRun(ctx, { sessionId });
 */
export async function startRun(
  ctx: Context,
  input: { sessionId: string } & Partial<ProtocolSettings>,
): Promise<StoredProtocolRun> {
  return ctx.db.transaction().execute(async (tx) => {
    const session = found(await findSessionById(tx, input.sessionId), 'SESSION', SESSION_NOT_FOUND);
    const existing = await findProtocolRunBySession(tx, session.id);
    if (existing) {
      if (viewTokenOf(existing.state) !== null) return existing;
      const stored = saved(
        await saveProtocolRun(tx, {
          ...existing,
          state: withViewToken(existing.state, newViewToken()),
        }),
      );
      await audit(ctx, tx, {
        action: 'protocol.view_token',
        entity: 'protocol_run',
        entityId: stored.id,
      });
      return stored;
    }
    if (session.status === 'cancelled') {
      refuse('SESSION.CANCELLED', 'Deze sessie gaat niet door en kan niet worden begeleid.');
    }
    const created = unwrap(
      createProtocol({
        sessionId: session.id,
        sessionMinutes: input.sessionMinutes ?? minutesOf(session),
        ...(input.openingMinutes !== undefined ? { openingMinutes: input.openingMinutes } : {}),
        ...(input.closingMinutes !== undefined ? { closingMinutes: input.closingMinutes } : {}),
      }),
    );
    const state = seeded(created, await listDilemmasOfSession(tx, session.id));
    const stored = saved(
      await insertProtocolRun(tx, {
        id: randomUUID(),
        state: withViewToken(state, newViewToken()),
      }),
    );
    await audit(ctx, tx, {
      action: 'protocol.open',
      entity: 'protocol_run',
      entityId: stored.id,
      details: {
        sessionId: session.id,
        dilemmas: state.dilemmas.length,
        chosen: state.chosen.length,
      },
    });
    return stored;
  });
}

/** The event with the server's clock: the browser's `at` is never trusted. */
function stamped(event: ProtocolEvent, now: string): ProtocolEvent {
  return 'at' in event ? { ...event, at: now } : event;
}

async function afterEvent(tx: Executor, before: ProtocolState, after: ProtocolState, type: string) {
  const finishedNow = before.phase !== 'finished' && after.phase === 'finished';
  if (type === 'choose' || type === 'removeDilemma' || finishedNow) {
    await syncDilemmasWithRun(tx, after);
  }
}

/**
 * Applies one facilitator event to the run stored in the database: the caller's `version`
 * must be the stored one (CONFLICT otherwise: another facilitator acted first), the server
 * stamps the time, the domain's `applyProtocolEvent` decides (a refusal keeps everything as
 * it was), and the new state is saved with the same version guard, the inventory kept in step
 * and an audit entry, all in one transaction.
 *
 * @example await dispatchEvent(ctx, { sessionId, version: 4, event: { type: 'next', at: clientNow } })
 */
export async function dispatchEvent(
  ctx: Context,
  input: { sessionId: string; version: number; event: ProtocolEvent },
): Promise<StoredProtocolRun> {
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (tx) => {
    const run = found(
      await findProtocolRunBySession(tx, input.sessionId),
      'PROTOCOL_RUN',
      RUN_NOT_FOUND,
    );
    expectVersion('protocol_run', run, input.version);
    const before = withoutViewToken(run.state);
    const after = unwrap(applyProtocolEvent(before, stamped(input.event, now)));
    const stored = saved(
      await saveProtocolRun(tx, {
        ...run,
        state: withViewToken(after, viewTokenOf(run.state)),
        version: input.version,
      }),
    );
    await afterEvent(tx, before, after, input.event.type);
    // Unsent text is saved while the facilitator types: an audit entry per pause in typing
    // would bury the entries that matter; the note it becomes is audited with the next step.
    if (input.event.type === 'saveNoteDraft') return stored;
    await audit(ctx, tx, {
      action: `protocol.${input.event.type}`,
      entity: 'protocol_run',
      entityId: run.id,
      details: {
        sessionId: run.sessionId,
        from: before.phase,
        to: after.phase,
        cursor: after.cursor,
      },
    });
    return stored;
  });
}
