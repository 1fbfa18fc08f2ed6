import type { NoteKind, ProtocolNote, ProtocolState, ProtocolStep } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { ProtocolNoteRow, ProtocolRunRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  nextVersion,
  toJson,
  type Executor,
  type WriteResult,
} from './repository.helpers.js';

/**
 * A stored run of the step protocol: the reducer's state as plain JSON, with the version
 * that makes concurrent facilitators (two tabs, two servers) safe.
 */
export type StoredProtocolRun = {
  readonly id: string;
  readonly sessionId: string;
  readonly state: ProtocolState;
  readonly version: number;
};

/** Maps a `protocol_run` row to a StoredProtocolRun. */
export function protocolRunFromRow(row: ProtocolRunRow): StoredProtocolRun {
  return { id: row.id, sessionId: row.session_id, state: row.state, version: row.version };
}

/** Maps a `protocol_note` row to the domain's ProtocolNote. */
export function protocolNoteFromRow(row: ProtocolNoteRow): ProtocolNote {
  return {
    id: row.id,
    dilemmaId: row.dilemma_id,
    step: row.step as ProtocolStep,
    kind: row.kind as NoteKind,
    text: row.text,
  };
}

// The notes table mirrors `state.notes`; notes about a dilemma that no longer exists are
// kept in the state only (the row would break the foreign key).
async function mirrorNotes(db: Executor, runId: string, notes: readonly ProtocolNote[]) {
  await db.deleteFrom('protocol_note').where('run_id', '=', runId).execute();
  if (notes.length === 0) return;
  const known = new Set(
    (
      await db
        .selectFrom('dilemma')
        .select('id')
        .where('id', 'in', [...new Set(notes.map((n) => n.dilemmaId))])
        .execute()
    ).map((r) => r.id),
  );
  const rows = notes
    .map((n, position) => ({
      id: n.id,
      run_id: runId,
      dilemma_id: n.dilemmaId,
      position,
      step: n.step,
      kind: n.kind,
      text: n.text,
    }))
    .filter((n) => known.has(n.dilemma_id));
  if (rows.length > 0) await db.insertInto('protocol_note').values(rows).execute();
}

/**
 * Stores the run of a session at version 1 (`state.sessionId` names the session);
 * `CONFLICT.DUPLICATE` when the id is taken or the session already has a run.
 */
export async function insertProtocolRun(
  db: Executor,
  run: { id: string; state: ProtocolState },
): Promise<WriteResult<StoredProtocolRun>> {
  const row = await db
    .insertInto('protocol_run')
    .values({ id: run.id, session_id: run.state.sessionId, state: toJson(run.state) })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) return duplicate('PROTOCOL_RUN', run.state.sessionId);
  await mirrorNotes(db, run.id, run.state.notes);
  return { ok: true, value: protocolRunFromRow(row) };
}

/**
 * Saves the state after an event; `run.version` is the version the event was applied to.
 * `CONFLICT.STALE_VERSION` means another facilitator's event came first: reload and re-apply.
 *
 * @example
 * const run = await findProtocolRunBySession(db, sessionId);
 * const saved = await saveProtocolRun(trx, { ...run, state: reduceProtocol(run.state, event) });
 */
export async function saveProtocolRun(
  db: Executor,
  run: StoredProtocolRun,
): Promise<WriteResult<StoredProtocolRun>> {
  const row = await db
    .updateTable('protocol_run')
    .set({ state: toJson(run.state), version: nextVersion, updated_at: dbNow })
    .where('id', '=', run.id)
    .where('version', '=', run.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) return missingOrStale(db, 'protocol_run', 'PROTOCOL_RUN', run.id, run.version);
  await mirrorNotes(db, run.id, run.state.notes);
  return { ok: true, value: protocolRunFromRow(row) };
}

/** The run of a session, or undefined. */
export async function findProtocolRunBySession(
  db: Executor,
  sessionId: string,
): Promise<StoredProtocolRun | undefined> {
  const row = await db
    .selectFrom('protocol_run')
    .selectAll()
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row && protocolRunFromRow(row);
}

/** The run with this id, or undefined. */
export async function findProtocolRunById(
  db: Executor,
  id: string,
): Promise<StoredProtocolRun | undefined> {
  const row = await db
    .selectFrom('protocol_run')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && protocolRunFromRow(row);
}

/**
 * The key under which a run's view token is kept inside the stored state (jsonb). There is no
 * column for it; the domain's reducer never reads or writes this key, and the API re-attaches
 * it after every event, so it survives every save.
 */
export const VIEW_TOKEN_KEY = 'viewToken';

/**
 * The run whose public view token is `token`, or undefined. The token is 32 random bytes
 * (base64url), so it cannot be guessed; an unknown token and no token look the same.
 *
 * @example await findRunByViewToken(db, input.token)
 */
export async function findRunByViewToken(
  db: Executor,
  token: string,
): Promise<StoredProtocolRun | undefined> {
  const row = await db
    .selectFrom('protocol_run')
    .selectAll()
    .where(sql<string>`state ->> ${VIEW_TOKEN_KEY}`, '=', token)
    .executeTakeFirst();
  return row && protocolRunFromRow(row);
}

/**
 * Only the version of the run whose view token is `token` (undefined when none): the one
 * small read a shared screen repeats to notice, within a fraction of a second, that the run
 * changed, whichever server process changed it.
 *
 * @example await findRunVersionByViewToken(db, token) // 12
 */
export async function findRunVersionByViewToken(
  db: Executor,
  token: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('protocol_run')
    .select('version')
    .where(sql<string>`state ->> ${VIEW_TOKEN_KEY}`, '=', token)
    .executeTakeFirst();
  return row?.version;
}

/** The notes of a run in capture order, optionally of one dilemma. */
export async function listProtocolNotes(
  db: Executor,
  runId: string,
  dilemmaId?: string,
): Promise<ProtocolNote[]> {
  const rows = await db
    .selectFrom('protocol_note')
    .selectAll()
    .where('run_id', '=', runId)
    .$if(dilemmaId !== undefined, (q) => q.where('dilemma_id', '=', dilemmaId!))
    .orderBy('position')
    .execute();
  return rows.map(protocolNoteFromRow);
}

/** Runs whose state refers to any of these dilemmas (jsonb containment), for erasure. */
export async function listProtocolRunsWithDilemmas(
  db: Executor,
  dilemmaIds: readonly string[],
): Promise<StoredProtocolRun[]> {
  if (dilemmaIds.length === 0) return [];
  const rows = await db
    .selectFrom('protocol_run')
    .selectAll()
    .where((eb) =>
      eb.or(
        dilemmaIds.map((id) =>
          eb(sql`state -> 'dilemmas'`, '@>', sql`${toJson([{ dilemmaId: id }])}::jsonb`),
        ),
      ),
    )
    .orderBy('created_at')
    .execute();
  return rows.map(protocolRunFromRow);
}
