import type {
  ConsentLevel,
  ConsentMethod,
  ConsentRecord,
  LevelConsentSubject,
} from '@jamsessie/domain';
import type { ConsentRow } from '../schema.js';
import type { Executor } from './repository.helpers.js';

/** Maps a `consent` row to the domain's ConsentRecord (level or yes/no by subject). */
export function consentFromRow(row: ConsentRow): ConsentRecord {
  const base = {
    id: row.id,
    personId: row.person_id,
    subjectId: row.subject_id,
    at: row.at,
    by: row.recorded_by,
    method: row.method as ConsentMethod | null,
    text: row.text,
  };
  if (row.subject === 'contact_sharing') {
    return { ...base, subject: 'contact_sharing', granted: row.granted ?? false };
  }
  return {
    ...base,
    subject: row.subject as LevelConsentSubject,
    level: (row.level ?? 'private') as ConsentLevel,
  };
}

/**
 * Appends a consent record. History is never edited (the table refuses UPDATE): a change of
 * mind, also a withdrawal, is a new record, and the latest one counts (`currentConsent`).
 */
export async function appendConsent(db: Executor, record: ConsentRecord): Promise<ConsentRecord> {
  const row = await db
    .insertInto('consent')
    .values({
      id: record.id,
      person_id: record.personId,
      subject: record.subject,
      subject_id: record.subjectId,
      level: record.subject === 'contact_sharing' ? null : record.level,
      granted: record.subject === 'contact_sharing' ? record.granted : null,
      at: record.at,
      recorded_by: record.by,
      method: record.method ?? null,
      text: record.subject === 'contact_sharing' ? null : (record.text ?? null),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return consentFromRow(row);
}

function history(db: Executor) {
  return db.selectFrom('consent').selectAll().orderBy('at').orderBy('id');
}

/** Every consent record of a person, oldest first. */
export async function listConsentsOfPerson(
  db: Executor,
  personId: string,
): Promise<ConsentRecord[]> {
  return (await history(db).where('person_id', '=', personId).execute()).map(consentFromRow);
}

/**
 * Every consent record about these subjects (dilemma, reaction or quote ids), oldest first:
 * the input of `consentLookupFrom` when publishing a report.
 */
export async function listConsentsForSubjects(
  db: Executor,
  subjectIds: readonly string[],
): Promise<ConsentRecord[]> {
  if (subjectIds.length === 0) return [];
  return (
    await history(db)
      .where('subject_id', 'in', [...subjectIds])
      .execute()
  ).map(consentFromRow);
}

/**
 * The contact-sharing records of these people that apply to a session (its own records and
 * the general ones with no session), oldest first: the input of `contactListFor`.
 */
export async function listContactSharingConsents(
  db: Executor,
  personIds: readonly string[],
  sessionId: string,
): Promise<ConsentRecord[]> {
  if (personIds.length === 0) return [];
  const rows = await history(db)
    .where('subject', '=', 'contact_sharing')
    .where('person_id', 'in', [...personIds])
    .where((eb) => eb.or([eb('subject_id', '=', sessionId), eb('subject_id', 'is', null)]))
    .execute();
  return rows.map(consentFromRow);
}

/** Deletes consent records (erasure on request only); returns how many went. */
export async function deleteConsents(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .deleteFrom('consent')
    .where('id', 'in', [...ids])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
