import type { Organisation, OrganisationKind } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { OrganisationRow } from '../schema.js';
import {
  dbNow,
  deleteVersioned,
  duplicate,
  missingOrStale,
  slugTakenByAnother,
  nextVersion,
  optional,
  type DeleteOutcome,
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

/**
 * Deletes an organisation (its mail domains and participations go with it) when its version
 * is still `version`.
 */
export function deleteOrganisation(
  db: Executor,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  return deleteVersioned(db, 'organisation', id, version);
}
