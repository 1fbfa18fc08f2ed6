import type {
  ProgrammeItem,
  ProgrammeItemKind,
  ProgrammeRole,
  ProposalStatus,
} from '@jamsessie/domain';
import { sql } from 'kysely';
import type { ProgrammeItemRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  nextVersion,
  deleteVersioned,
  type DeleteOutcome,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `programme_item` row plus its ordered roles to the domain's ProgrammeItem. */
export function programmeItemFromRow(
  row: ProgrammeItemRow & { roles: ProgrammeRole[] },
): ProgrammeItem {
  return {
    id: row.id,
    dayId: row.day_id,
    kind: row.kind as ProgrammeItemKind,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    online: row.online,
    location: row.location,
    organisationId: row.organisation_id,
    proposalStatus: row.proposal_status as ProposalStatus,
    roles: row.roles,
    version: row.version,
  };
}

function itemColumns(p: Unversioned<ProgrammeItem>) {
  return {
    day_id: p.dayId,
    kind: p.kind,
    title: p.title,
    description: p.description,
    starts_at: p.startsAt,
    ends_at: p.endsAt,
    online: p.online,
    location: p.location,
    organisation_id: p.organisationId,
    proposal_status: p.proposalStatus,
  };
}

async function writeRoles(db: Executor, itemId: string, roles: readonly ProgrammeRole[]) {
  await db.deleteFrom('programme_role').where('programme_item_id', '=', itemId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('programme_role')
    .values(
      roles.map((r, position) => ({
        programme_item_id: itemId,
        position,
        person_name: r.personName,
        role: r.role,
        organisation_id: r.organisationId,
      })),
    )
    .execute();
}

const rolesOfItem = sql<ProgrammeRole[]>`coalesce((select json_agg(json_build_object(
    'personName', r.person_name, 'role', r.role, 'organisationId', r.organisation_id) order by r.position)
  from programme_role r where r.programme_item_id = p.id), '[]')`;

function selectItems(db: Executor) {
  return db.selectFrom('programme_item as p').selectAll('p').select(rolesOfItem.as('roles'));
}

/** Stores a programme item with its roles at version 1; `CONFLICT.DUPLICATE` when the id is taken. */
export async function insertProgrammeItem(
  db: Executor,
  p: Unversioned<ProgrammeItem>,
): Promise<WriteResult<ProgrammeItem>> {
  const row = await db
    .insertInto('programme_item')
    .values({ id: p.id, ...itemColumns(p) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return duplicate('PROGRAMME_ITEM', p.id);
  await writeRoles(db, p.id, p.roles);
  return { ok: true, value: { ...p, version: 1 } };
}

/** Saves a changed programme item (roles replaced); `p.version` is the version it was based on. */
export async function updateProgrammeItem(
  db: Executor,
  p: ProgrammeItem,
): Promise<WriteResult<ProgrammeItem>> {
  const row = await db
    .updateTable('programme_item')
    .set({ ...itemColumns(p), version: nextVersion, updated_at: dbNow })
    .where('id', '=', p.id)
    .where('version', '=', p.version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return missingOrStale(db, 'programme_item', 'PROGRAMME_ITEM', p.id, p.version);
  await writeRoles(db, p.id, p.roles);
  return { ok: true, value: { ...p, version: row.version } };
}

/** The programme item with this id, or undefined. */
export async function findProgrammeItemById(
  db: Executor,
  id: string,
): Promise<ProgrammeItem | undefined> {
  const row = await selectItems(db).where('p.id', '=', id).executeTakeFirst();
  return row && programmeItemFromRow(row);
}

/** The programme of an edition (or one day), by start time; optionally only some proposal statuses. */
export async function listProgrammeItems(
  db: Executor,
  filter: { editionId?: string; dayId?: string; proposalStatuses?: readonly ProposalStatus[] },
): Promise<ProgrammeItem[]> {
  const rows = await selectItems(db)
    .$if(filter.dayId !== undefined, (q) => q.where('p.day_id', '=', filter.dayId!))
    .$if(filter.editionId !== undefined, (q) =>
      q.where('p.day_id', 'in', (eb) =>
        eb.selectFrom('week_day').select('id').where('edition_id', '=', filter.editionId!),
      ),
    )
    // The extra '' keeps `in (...)` valid SQL when the list is empty (then nothing matches).
    .$if(filter.proposalStatuses !== undefined, (q) =>
      q.where('p.proposal_status', 'in', [...filter.proposalStatuses!, '']),
    )
    .orderBy('p.starts_at')
    .orderBy('p.id')
    .execute();
  return rows.map(programmeItemFromRow);
}

/** An organisation as the programme of a week names it: id and name, nothing else. */
export type ProgrammeOrganisation = { readonly id: string; readonly name: string };

/**
 * The organisations an edition's programme refers to (hosts of items and the organisations
 * of hosts, guests and speakers), by name; only id and name are read, so a public page can
 * name them without loading e-mail domains.
 *
 * @example new Map((await listProgrammeOrganisations(db, edition.id)).map((o) => [o.id, o.name]))
 */
export async function listProgrammeOrganisations(
  db: Executor,
  editionId: string,
): Promise<ProgrammeOrganisation[]> {
  return db
    .selectFrom('organisation as o')
    .select(['o.id', 'o.name'])
    .where((eb) =>
      eb.or([
        eb(
          'o.id',
          'in',
          eb
            .selectFrom('programme_item as p')
            .innerJoin('week_day as d', 'd.id', 'p.day_id')
            .select('p.organisation_id')
            .where('d.edition_id', '=', editionId)
            .where('p.organisation_id', 'is not', null),
        ),
        eb(
          'o.id',
          'in',
          eb
            .selectFrom('programme_role as r')
            .innerJoin('programme_item as p', 'p.id', 'r.programme_item_id')
            .innerJoin('week_day as d', 'd.id', 'p.day_id')
            .select('r.organisation_id')
            .where('d.edition_id', '=', editionId)
            .where('r.organisation_id', 'is not', null),
        ),
      ]),
    )
    .orderBy('o.name')
    .execute();
}

/**
 * Deletes a programme item (its roles go with it) when its version is still `version`;
 * 'stale' or 'missing' otherwise. The agenda session keeps existing (its link becomes null).
 */
export function deleteProgrammeItem(
  db: Executor,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'programme_item', id, version);
}
