import type { Person } from '@jamsessie/domain';
import { sql } from 'kysely';
import { personFromRow } from './person.repository.js';
import type { Executor } from './repository.helpers.js';

function matching(db: Executor, q: string | undefined) {
  const query = db
    .selectFrom('person as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id');
  if (q === undefined || q.trim() === '') return query;
  const pattern = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return query.where((eb) =>
    eb.or([eb('p.display_name', 'ilike', pattern), eb('p.email', 'ilike', pattern)]),
  );
}

/** A person in the coordinators' list. */
export type PersonListRow = Person & { organisationName: string | null; attended: number };

/**
 * People by name, optionally matching `q` in name or e-mail address, with their organisation
 * and how many sessions they attended.
 *
 * @example await listPeople(db, 'sanne', { limit: 20, offset: 0 })
 */
export async function listPeople(
  db: Executor,
  q: string | undefined,
  page: { limit: number; offset: number },
): Promise<PersonListRow[]> {
  const rows = await matching(db, q)
    .selectAll('p')
    .select([
      'o.name as organisation_name',
      sql<number>`(select count(*)::int from attendance a where a.person_id = p.id)`.as('attended'),
    ])
    .orderBy('p.display_name')
    .orderBy('p.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({
    ...personFromRow(row),
    organisationName: row.organisation_name,
    attended: row.attended,
  }));
}

/** How many people match `q`. */
export async function countPeople(db: Executor, q: string | undefined): Promise<number> {
  const row = await matching(db, q)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
