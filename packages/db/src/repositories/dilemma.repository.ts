import type { ConsentLevel, Dilemma, DilemmaStatus, DilemmaWording } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { DilemmaRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  nextVersion,
  toJson,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `dilemma` row to the domain's Dilemma. */
export function dilemmaFromRow(row: DilemmaRow): Dilemma {
  return {
    id: row.id,
    sessionId: row.session_id,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    text: row.text,
    followUpQuestions: row.follow_up_questions,
    kop: row.kop,
    status: row.status as DilemmaStatus,
    consent: row.consent as ConsentLevel,
    position: row.position,
    submittedAt: row.submitted_at,
    version: row.version,
  };
}

function columnsOf(d: Unversioned<Dilemma>) {
  return {
    session_id: d.sessionId,
    owner_id: d.ownerId,
    owner_name: d.ownerName,
    text: d.text,
    follow_up_questions: toJson(d.followUpQuestions),
    kop: d.kop,
    status: d.status,
    consent: d.consent,
    position: d.position,
    submitted_at: d.submittedAt,
  };
}

/** Stores a dilemma at version 1; `CONFLICT.DUPLICATE` when the id is taken. */
export async function insertDilemma(
  db: Executor,
  d: Unversioned<Dilemma>,
): Promise<WriteResult<Dilemma>> {
  const row = await db
    .insertInto('dilemma')
    .values({ id: d.id, ...columnsOf(d) })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: dilemmaFromRow(row) } : duplicate('DILEMMA', d.id);
}

/**
 * Saves a changed dilemma (e.g. the result of `transitionDilemma`); `d.version` is the
 * version it was based on: `CONFLICT.STALE_VERSION` or `DILEMMA.NOT_FOUND` otherwise.
 */
export async function updateDilemma(db: Executor, d: Dilemma): Promise<WriteResult<Dilemma>> {
  const row = await db
    .updateTable('dilemma')
    .set({ ...columnsOf(d), version: nextVersion, updated_at: dbNow })
    .where('id', '=', d.id)
    .where('version', '=', d.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: dilemmaFromRow(row) }
    : missingOrStale(db, 'dilemma', 'DILEMMA', d.id, d.version);
}

/** The dilemma with this id, or undefined. */
export async function findDilemmaById(db: Executor, id: string): Promise<Dilemma | undefined> {
  const row = await db.selectFrom('dilemma').selectAll().where('id', '=', id).executeTakeFirst();
  return row && dilemmaFromRow(row);
}

/** The dilemmas of a session: chosen ones in their order, then the rest by submission. */
export async function listDilemmasOfSession(db: Executor, sessionId: string): Promise<Dilemma[]> {
  const rows = await db
    .selectFrom('dilemma')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy(sql`position asc nulls last`)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return rows.map(dilemmaFromRow);
}

/** The dilemmas a person brought in, oldest first (for export and erasure). */
export async function listDilemmasOfOwner(db: Executor, personId: string): Promise<Dilemma[]> {
  const rows = await db
    .selectFrom('dilemma')
    .selectAll()
    .where('owner_id', '=', personId)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return rows.map(dilemmaFromRow);
}

/** Keeps an earlier wording of a dilemma, before a coordinator's edit replaces it. */
export async function insertDilemmaWording(
  db: Executor,
  dilemmaId: string,
  wording: DilemmaWording,
): Promise<void> {
  await db
    .insertInto('dilemma_wording')
    .values({
      dilemma_id: dilemmaId,
      text: wording.text,
      follow_up_questions: toJson(wording.followUpQuestions),
      replaced_at: wording.replacedAt,
      replaced_by: wording.replacedBy,
    })
    .execute();
}

/** The earlier wordings of these dilemmas, oldest first, by dilemma id (coordinators only). */
export async function listDilemmaWordings(
  db: Executor,
  dilemmaIds: readonly string[],
): Promise<Map<string, DilemmaWording[]>> {
  const byDilemma = new Map<string, DilemmaWording[]>();
  if (dilemmaIds.length === 0) return byDilemma;
  const rows = await db
    .selectFrom('dilemma_wording')
    .selectAll()
    .where('dilemma_id', 'in', [...dilemmaIds])
    .orderBy('replaced_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = byDilemma.get(row.dilemma_id) ?? [];
    list.push({
      text: row.text,
      followUpQuestions: row.follow_up_questions,
      replacedAt: row.replaced_at,
      replacedBy: row.replaced_by,
    });
    byDilemma.set(row.dilemma_id, list);
  }
  return byDilemma;
}

/** Deletes a dilemma (withdrawn by its owner); false when it was not there. */
export async function deleteDilemma(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('dilemma').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
