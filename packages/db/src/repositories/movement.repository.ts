import type { Movement } from '@jamsessie/domain';
import type { MovementRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  slugTakenByAnother,
  nextVersion,
  optional,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `movement` row to the domain's Movement. */
export function movementFromRow(row: MovementRow): Movement {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    description: row.description,
    ...optional('startedYear', row.started_year),
    version: row.version,
  };
}

/** Stores a movement at version 1; `CONFLICT.DUPLICATE` when its id or slug is taken. */
export async function insertMovement(
  db: Executor,
  m: Unversioned<Movement>,
): Promise<WriteResult<Movement>> {
  const row = await db
    .insertInto('movement')
    .values({
      id: m.id,
      slug: m.slug,
      name: m.name,
      short_name: m.shortName,
      description: m.description,
      started_year: m.startedYear ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: movementFromRow(row) } : duplicate('MOVEMENT', m.slug);
}

/**
 * Replaces a movement's fields; `m.version` is the version the change was based on.
 * `CONFLICT.STALE_VERSION` when someone saved in between, `MOVEMENT.NOT_FOUND`, or
 * `CONFLICT.DUPLICATE` for a taken slug.
 */
export async function updateMovement(db: Executor, m: Movement): Promise<WriteResult<Movement>> {
  if (await slugTakenByAnother(db, 'movement', m.slug, m.id)) return duplicate('MOVEMENT', m.slug);
  const row = await db
    .updateTable('movement')
    .set({
      slug: m.slug,
      name: m.name,
      short_name: m.shortName,
      description: m.description,
      started_year: m.startedYear ?? null,
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', m.id)
    .where('version', '=', m.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: movementFromRow(row) }
    : missingOrStale(db, 'movement', 'MOVEMENT', m.id, m.version);
}

/** Every movement, oldest first (zorg before jeugdzorg). */
export async function listMovements(db: Executor): Promise<Movement[]> {
  const rows = await db
    .selectFrom('movement')
    .selectAll()
    .orderBy((eb) => eb.fn.coalesce('started_year', eb.lit(9999)))
    .orderBy('name')
    .execute();
  return rows.map(movementFromRow);
}

/** The movement with this slug, or undefined. */
export async function findMovementBySlug(
  db: Executor,
  slug: string,
): Promise<Movement | undefined> {
  const row = await db
    .selectFrom('movement')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && movementFromRow(row);
}
