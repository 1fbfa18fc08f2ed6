import type { Participation } from '@jamsessie/domain';
import type { ParticipationRow } from '../schema.js';
import {
  deleteVersioned,
  duplicate,
  missingOrStale,
  nextVersion,
  type DeleteOutcome,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `participation` row to the domain's Participation. */
export function participationFromRow(row: ParticipationRow): Participation {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    movementId: row.movement_id,
    from: row.from_date,
    until: row.until_date,
    version: row.version,
  };
}

/** Stores a participation at version 1; `CONFLICT.DUPLICATE` when the id is taken. */
export async function insertParticipation(
  db: Executor,
  p: Unversioned<Participation>,
): Promise<WriteResult<Participation>> {
  const row = await db
    .insertInto('participation')
    .values({
      id: p.id,
      organisation_id: p.organisationId,
      movement_id: p.movementId,
      from_date: p.from,
      until_date: p.until,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: participationFromRow(row) } : duplicate('PARTICIPATION', p.id);
}

/**
 * Replaces a participation's fields (typically closing it with `until`); `p.version` is the
 * version the change was based on: `CONFLICT.STALE_VERSION` or `PARTICIPATION.NOT_FOUND`.
 */
export async function updateParticipation(
  db: Executor,
  p: Participation,
): Promise<WriteResult<Participation>> {
  const row = await db
    .updateTable('participation')
    .set({
      organisation_id: p.organisationId,
      movement_id: p.movementId,
      from_date: p.from,
      until_date: p.until,
      version: nextVersion,
    })
    .where('id', '=', p.id)
    .where('version', '=', p.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: participationFromRow(row) }
    : missingOrStale(db, 'participation', 'PARTICIPATION', p.id, p.version);
}

/** The participation with this id, or undefined. */
export async function findParticipationById(
  db: Executor,
  id: string,
): Promise<Participation | undefined> {
  const row = await db
    .selectFrom('participation')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && participationFromRow(row);
}

/** Participations of an organisation or of a movement, oldest first. */
export async function listParticipations(
  db: Executor,
  filter: { organisationId?: string; movementId?: string },
): Promise<Participation[]> {
  const rows = await db
    .selectFrom('participation')
    .selectAll()
    .$if(filter.organisationId !== undefined, (q) =>
      q.where('organisation_id', '=', filter.organisationId!),
    )
    .$if(filter.movementId !== undefined, (q) => q.where('movement_id', '=', filter.movementId!))
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  return rows.map(participationFromRow);
}

/** Deletes a participation period when its version is still `version`. */
export function deleteParticipation(
  db: Executor,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'participation', id, version);
}
