import { emailDomainOf, organisationForEmail, type Attendee, type Person } from '@jamsessie/domain';
import type { PersonRow } from '../schema.js';
import { findOrganisationsByEmailDomain } from './organisation.repository.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  nextVersion,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** Maps a `person` row to the domain's Person. */
export function personFromRow(row: PersonRow): Person {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    organisationId: row.organisation_id,
    isLocMember: row.is_loc_member,
    version: row.version,
  };
}

/** Stores a person at version 1; `CONFLICT.DUPLICATE` when the id or the e-mail address is taken. */
export async function insertPerson(
  db: Executor,
  person: Unversioned<Person>,
): Promise<WriteResult<Person>> {
  const row = await db
    .insertInto('person')
    .values({
      id: person.id,
      display_name: person.displayName,
      email: person.email?.toLowerCase() ?? null,
      organisation_id: person.organisationId,
      is_loc_member: person.isLocMember,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, value: personFromRow(row) } : duplicate('PERSON', 'email');
}

/**
 * Replaces a person's fields; `person.version` is the version the change was based on.
 * `CONFLICT.STALE_VERSION`, `PERSON.NOT_FOUND`, or `CONFLICT.DUPLICATE` for a taken e-mail.
 */
export async function updatePerson(db: Executor, person: Person): Promise<WriteResult<Person>> {
  const email = person.email?.toLowerCase() ?? null;
  if (email !== null) {
    const taken = await db
      .selectFrom('person')
      .select('id')
      .where('email', '=', email)
      .where('id', '<>', person.id)
      .executeTakeFirst();
    if (taken) return duplicate('PERSON', 'email');
  }
  const row = await db
    .updateTable('person')
    .set({
      display_name: person.displayName,
      email,
      organisation_id: person.organisationId,
      is_loc_member: person.isLocMember,
      version: nextVersion,
      updated_at: dbNow,
    })
    .where('id', '=', person.id)
    .where('version', '=', person.version)
    .returningAll()
    .executeTakeFirst();
  return row
    ? { ok: true, value: personFromRow(row) }
    : missingOrStale(db, 'person', 'PERSON', person.id, person.version);
}

/** The person with this id, or undefined. */
export async function findPersonById(db: Executor, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  return row && personFromRow(row);
}

/** The person with this e-mail address (compared lowercased), or undefined. */
export async function findPersonByEmail(db: Executor, email: string): Promise<Person | undefined> {
  const row = await db
    .selectFrom('person')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row && personFromRow(row);
}

/**
 * The person with this e-mail address, or a new one: the one way every form and coordinator
 * screen turns an address into a person. A new person's organisation is the one given, else
 * the organisation that owns the address's mail domain (when exactly one does), so someone
 * from a participating organisation is listed with it from the start.
 *
 * @example await findOrCreatePerson(tx, { id: randomUUID(), email: 'fenna@dewilgen.example', displayName: 'Fenna' })
 */
export async function findOrCreatePerson(
  db: Executor,
  candidate: { id: string; email: string; displayName: string; organisationId?: string | null },
): Promise<WriteResult<Person>> {
  const existing = await findPersonByEmail(db, candidate.email);
  if (existing) return { ok: true, value: existing };
  const owners = candidate.organisationId
    ? []
    : await findOrganisationsByEmailDomain(db, emailDomainOf(candidate.email));
  return insertPerson(db, {
    id: candidate.id,
    displayName: candidate.displayName,
    email: candidate.email,
    organisationId:
      candidate.organisationId ?? organisationForEmail(candidate.email, owners)?.id ?? null,
    isLocMember: false,
  });
}

/** Records that a person attended a session; idempotent. Returns whether it was new. */
export async function recordAttendance(
  db: Executor,
  sessionId: string,
  personId: string,
): Promise<boolean> {
  const row = await db
    .insertInto('attendance')
    .values({ session_id: sessionId, person_id: personId })
    .onConflict((oc) => oc.doNothing())
    .returning('person_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes an attendance record; returns whether there was one. */
export async function removeAttendance(
  db: Executor,
  sessionId: string,
  personId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('attendance')
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Who attended a session, with their organisation's name, by display name. */
export async function listAttendees(db: Executor, sessionId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select('o.name as organisation_name')
    .where('a.session_id', '=', sessionId)
    .orderBy('p.display_name')
    .orderBy('p.id')
    .execute();
  return rows.map((row) => ({
    person: personFromRow(row),
    organisationName: row.organisation_name,
  }));
}

/** The ids of the sessions a person attended, oldest first (for their data export). */
export async function listAttendedSessionIds(db: Executor, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('session as s', 's.id', 'a.session_id')
    .select('s.id')
    .where('a.person_id', '=', personId)
    .orderBy('s.starts_at')
    .execute();
  return rows.map((r) => r.id);
}
