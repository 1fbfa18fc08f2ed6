import type { Organisation, OrganisationKind, Participation } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { OrganisationRow, ParticipationRow } from '../schema.js';
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

type OrganisationWithDomains = OrganisationRow & { email_domains: string[] };

/** Maps an `organisation` row plus its aggregated mail domains to the domain's Organisation. */
export function organisationFromRow(row: OrganisationWithDomains): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind as OrganisationKind,
    ...optional('website', row.website),
    emailDomains: row.email_domains,
    ...optional('city', row.city),
    version: row.version,
  };
}

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

function selectOrganisations(db: Executor) {
  return db
    .selectFrom('organisation as o')
    .selectAll('o')
    .select(
      sql<string[]>`coalesce((select json_agg(d.domain order by d.domain)
        from organisation_email_domain d where d.organisation_id = o.id), '[]')`.as(
        'email_domains',
      ),
    );
}

async function writeDomains(db: Executor, organisationId: string, domains: readonly string[]) {
  await db
    .deleteFrom('organisation_email_domain')
    .where('organisation_id', '=', organisationId)
    .execute();
  const unique = [...new Set(domains.map((d) => d.toLowerCase()))];
  if (unique.length === 0) return;
  await db
    .insertInto('organisation_email_domain')
    .values(unique.map((domain) => ({ organisation_id: organisationId, domain })))
    .execute();
}

/**
 * Stores a new organisation with its mail domains at version 1; `CONFLICT.DUPLICATE` when id
 * or slug is taken.
 */
export async function insertOrganisation(
  db: Executor,
  org: Unversioned<Organisation>,
): Promise<WriteResult<Organisation>> {
  const row = await db
    .insertInto('organisation')
    .values({
      id: org.id,
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      website: org.website ?? null,
      city: org.city ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return duplicate('ORGANISATION', org.slug);
  await writeDomains(db, org.id, org.emailDomains);
  return { ok: true, value: (await findOrganisationById(db, org.id))! };
}

/**
 * Replaces an organisation's fields and mail domains; `org.version` is the version the change
 * was based on. `CONFLICT.STALE_VERSION` when someone saved in between (nothing is changed,
 * the domains neither), `ORGANISATION.NOT_FOUND`, or `CONFLICT.DUPLICATE` for a taken slug.
 */
export async function updateOrganisation(
  db: Executor,
  org: Organisation,
): Promise<WriteResult<Organisation>> {
  if (await slugTakenByAnother(db, 'organisation', org.slug, org.id))
    return duplicate('ORGANISATION', org.slug);
  const row = await db
    .updateTable('organisation')
    .set({
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      website: org.website ?? null,
      city: org.city ?? null,
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', org.id)
    .where('version', '=', org.version)
    .returning('id')
    .executeTakeFirst();
  if (!row) return missingOrStale(db, 'organisation', 'ORGANISATION', org.id, org.version);
  await writeDomains(db, org.id, org.emailDomains);
  return { ok: true, value: (await findOrganisationById(db, org.id))! };
}

/** The organisation with this id, or undefined. */
export async function findOrganisationById(
  db: Executor,
  id: string,
): Promise<Organisation | undefined> {
  const row = await selectOrganisations(db).where('o.id', '=', id).executeTakeFirst();
  return row && organisationFromRow(row);
}

/** The organisation with this slug, or undefined. */
export async function findOrganisationBySlug(
  db: Executor,
  slug: string,
): Promise<Organisation | undefined> {
  const row = await selectOrganisations(db).where('o.slug', '=', slug).executeTakeFirst();
  return row && organisationFromRow(row);
}

/** Organisations by name, optionally of one kind or taking part in one movement on a date. */
export async function listOrganisations(
  db: Executor,
  filter: { kind?: OrganisationKind; movementId?: string; participatingOn?: string } = {},
): Promise<Organisation[]> {
  let query = selectOrganisations(db).orderBy('o.name').orderBy('o.id');
  if (filter.kind) query = query.where('o.kind', '=', filter.kind);
  if (filter.movementId || filter.participatingOn) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('participation as p')
          .select('p.id')
          .whereRef('p.organisation_id', '=', 'o.id')
          .$if(filter.movementId !== undefined, (q) =>
            q.where('p.movement_id', '=', filter.movementId!),
          )
          .$if(filter.participatingOn !== undefined, (q) =>
            q
              .where('p.from_date', '<=', filter.participatingOn!)
              .where((w) =>
                w.or([
                  w('p.until_date', 'is', null),
                  w('p.until_date', '>=', filter.participatingOn!),
                ]),
              ),
          ),
      ),
    );
  }
  return (await query.execute()).map(organisationFromRow);
}

/** Organisations that own this mail domain (lowercased), for meeting-link eligibility. */
export async function findOrganisationsByEmailDomain(
  db: Executor,
  domain: string,
): Promise<Organisation[]> {
  const rows = await selectOrganisations(db)
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('organisation_email_domain')
        .select('organisation_id')
        .where('domain', '=', domain.toLowerCase()),
    )
    .orderBy('o.name')
    .execute();
  return rows.map(organisationFromRow);
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
