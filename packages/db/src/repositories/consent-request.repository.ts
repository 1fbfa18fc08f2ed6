import type { LevelConsentSubject } from '@jamsessie/domain';
import type { ConsentRequestRow } from '../tables/consent-request.tables.js';
import type { Executor } from './repository.helpers.js';

/** A coordinator's request that an author approve one exact text of a report. */
export type ConsentRequest = {
  readonly id: string;
  readonly personId: string;
  readonly reportId: string;
  readonly subject: LevelConsentSubject;
  readonly subjectId: string;
  readonly text: string;
  readonly requestedAt: string;
  readonly requestedBy: string | null;
  readonly decidedAt: string | null;
};

function requestFromRow(row: ConsentRequestRow): ConsentRequest {
  return {
    id: row.id,
    personId: row.person_id,
    reportId: row.report_id,
    subject: row.subject as LevelConsentSubject,
    subjectId: row.subject_id,
    text: row.text,
    requestedAt: row.requested_at,
    requestedBy: row.requested_by,
    decidedAt: row.decided_at,
  };
}

/** Stores a new consent request (not yet decided). */
export async function insertConsentRequest(
  db: Executor,
  request: Omit<ConsentRequest, 'decidedAt'>,
): Promise<ConsentRequest> {
  const row = await db
    .insertInto('consent_request')
    .values({
      id: request.id,
      person_id: request.personId,
      report_id: request.reportId,
      subject: request.subject,
      subject_id: request.subjectId,
      text: request.text,
      requested_at: request.requestedAt,
      requested_by: request.requestedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return requestFromRow(row);
}

/** One consent request by id, or undefined. */
export async function findConsentRequest(
  db: Executor,
  id: string,
): Promise<ConsentRequest | undefined> {
  const row = await db
    .selectFrom('consent_request')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && requestFromRow(row);
}

/**
 * Marks as answered (at `at`, ISO) every open request of this person about this subject: a
 * decision, by link or on the page, answers them all.
 */
export async function markConsentRequestsDecided(
  db: Executor,
  where: { personId: string; subject: LevelConsentSubject; subjectId: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('consent_request')
    .set({ decided_at: at })
    .where('person_id', '=', where.personId)
    .where('subject', '=', where.subject)
    .where('subject_id', '=', where.subjectId)
    .where('decided_at', 'is', null)
    .execute();
}

/** The requests about a report's items, oldest first (for the editor's status per item). */
export async function listConsentRequestsOfReport(
  db: Executor,
  reportId: string,
): Promise<ConsentRequest[]> {
  const rows = await db
    .selectFrom('consent_request')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
  return rows.map(requestFromRow);
}

/** A person's requests, oldest first (for their page). */
export async function listConsentRequestsOfPerson(
  db: Executor,
  personId: string,
): Promise<ConsentRequest[]> {
  const rows = await db
    .selectFrom('consent_request')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
  return rows.map(requestFromRow);
}
