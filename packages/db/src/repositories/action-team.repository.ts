import type { ActionTeam } from '@jamsessie/domain';
import type { ActionTeamRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  slugTakenByAnother,
  nextVersion,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps an `action_team` row to the domain's ActionTeam. */
export function actionTeamFromRow(row: ActionTeamRow): ActionTeam {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    movementId: row.movement_id,
    version: row.version,
  };
}

/** Stores an action team at version 1; `CONFLICT.DUPLICATE` when its id or slug is taken. */
export async function insertActionTeam(
  db: Executor,
  team: Unversioned<ActionTeam>,
): Promise<WriteResult<ActionTeam>> {
  const row = await db
    .insertInto('action_team')
    .values({
      id: team.id,
      slug: team.slug,
      name: team.name,
      short_name: team.shortName,
      movement_id: team.movementId,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: actionTeamFromRow(row) } : duplicate('ACTION_TEAM', team.slug);
}

/**
 * Replaces an action team's fields; `team.version` is the version the change was based on.
 * `CONFLICT.STALE_VERSION` when someone saved in between, `ACTION_TEAM.NOT_FOUND`, or
 * `CONFLICT.DUPLICATE` for a taken slug.
 */
export async function updateActionTeam(
  db: Executor,
  team: ActionTeam,
): Promise<WriteResult<ActionTeam>> {
  if (await slugTakenByAnother(db, 'action_team', team.slug, team.id))
    return duplicate('ACTION_TEAM', team.slug);
  const row = await db
    .updateTable('action_team')
    .set({
      slug: team.slug,
      name: team.name,
      short_name: team.shortName,
      movement_id: team.movementId,
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', team.id)
    .where('version', '=', team.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: actionTeamFromRow(row) }
    : missingOrStale(db, 'action_team', 'ACTION_TEAM', team.id, team.version);
}

/** Action teams, optionally of one movement, by name. */
export async function listActionTeams(db: Executor, movementId?: string): Promise<ActionTeam[]> {
  const rows = await db
    .selectFrom('action_team')
    .selectAll()
    .$if(movementId !== undefined, (q) => q.where('movement_id', '=', movementId!))
    .orderBy('name')
    .execute();
  return rows.map(actionTeamFromRow);
}

/** The action team with this slug, or undefined. */
export async function findActionTeamBySlug(
  db: Executor,
  slug: string,
): Promise<ActionTeam | undefined> {
  const row = await db
    .selectFrom('action_team')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && actionTeamFromRow(row);
}
