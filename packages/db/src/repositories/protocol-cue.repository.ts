import type { ProtocolCueRow } from '../schema.js';
import { dbNow, type Executor } from './repository.helpers.js';
import { protocolRunFromRow, type StoredProtocolRun } from './protocol-run.repository.js';

/** The private cue link of person A in a run (the token itself is never stored). */
export type StoredProtocolCue = {
  readonly id: string;
  readonly runId: string;
  readonly dilemmaId: string;
  /** What A jotted down while away: their take-aways for step 3. */
  readonly notes: string;
  /** Whether A allows the notes in the report ('quotable') or not ('private'). */
  readonly notesConsent: 'private' | 'quotable';
  /** When A tapped "Ik ben terug" (null until then, and again after a new link). */
  readonly backAt: string | null;
};

/** Maps a `protocol_cue` row to a StoredProtocolCue. */
export function protocolCueFromRow(row: ProtocolCueRow): StoredProtocolCue {
  return {
    id: row.id,
    runId: row.run_id,
    dilemmaId: row.dilemma_id,
    notes: row.notes,
    notesConsent: row.notes_consent === 'quotable' ? 'quotable' : 'private',
    backAt: row.back_at === null ? null : new Date(row.back_at).toISOString(),
  };
}

/**
 * Gives the owner of a dilemma in a run a (new) cue link: the hash of a fresh token replaces
 * any earlier one, so an older link stops working; notes jotted so far stay.
 *
 * @example await upsertProtocolCue(tx, { id, runId, dilemmaId, tokenHash })
 */
export async function upsertProtocolCue(
  db: Executor,
  cue: { id: string; runId: string; dilemmaId: string; tokenHash: string },
): Promise<StoredProtocolCue> {
  const row = await db
    .insertInto('protocol_cue')
    .values({
      id: cue.id,
      run_id: cue.runId,
      dilemma_id: cue.dilemmaId,
      token_hash: cue.tokenHash,
    })
    .onConflict((oc) =>
      oc.columns(['run_id', 'dilemma_id']).doUpdateSet({ token_hash: cue.tokenHash }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return protocolCueFromRow(row);
}

/**
 * The cue whose token hashes to `tokenHash`, with its run, or undefined.
 *
 * @example await findProtocolCueByTokenHash(db, sha256(token))
 */
export async function findProtocolCueByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<{ cue: StoredProtocolCue; run: StoredProtocolRun } | undefined> {
  const cue = await db
    .selectFrom('protocol_cue')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!cue) return undefined;
  const run = await db
    .selectFrom('protocol_run')
    .selectAll()
    .where('id', '=', cue.run_id)
    .executeTakeFirst();
  return run && { cue: protocolCueFromRow(cue), run: protocolRunFromRow(run) };
}

/** Only the version of the run behind a cue token (undefined when none), for polling. */
export async function findRunVersionByCueTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('protocol_cue')
    .innerJoin('protocol_run', 'protocol_run.id', 'protocol_cue.run_id')
    .select('protocol_run.version')
    .where('protocol_cue.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.version;
}

/** Stores what A jotted down and A's consent for the report. */
export async function saveProtocolCueNotes(
  db: Executor,
  id: string,
  notes: string,
  consent: 'private' | 'quotable',
): Promise<void> {
  await db
    .updateTable('protocol_cue')
    .set({ notes, notes_consent: consent })
    .where('id', '=', id)
    .execute();
}

/** Records that A tapped "Ik ben terug" (the first tap counts). */
export async function markProtocolCueBack(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('protocol_cue')
    .set({ back_at: dbNow })
    .where('id', '=', id)
    .where('back_at', 'is', null)
    .execute();
}

/** The cues of a run, for the facilitator. */
export async function listProtocolCues(db: Executor, runId: string): Promise<StoredProtocolCue[]> {
  const rows = await db
    .selectFrom('protocol_cue')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('created_at')
    .execute();
  return rows.map(protocolCueFromRow);
}
