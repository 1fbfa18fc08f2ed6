import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/**
 * Someone a coordinator may pick when recording who took part in a session: a person who
 * brought a dilemma (to this session or another) or attended a session before.
 */
export type AttendanceCandidate = {
  id: string;
  displayName: string;
  email: string | null;
  organisationId: string | null;
  organisationName: string | null;
  /** Brought a dilemma to THIS session (listed first: they are the likeliest to attend). */
  broughtDilemmaHere: boolean;
  /** How many sessions they attended. */
  attended: number;
};

/**
 * The people to offer in the attendance form's type-ahead: everyone who brought a dilemma
 * (confirmed, so with an owner) or attended a session, except those already recorded for this
 * session; those with a dilemma for this session first, then by name. At most `limit`.
 *
 * @example await listAttendanceCandidates(db, sessionId, 500)
 */
export async function listAttendanceCandidates(
  db: Executor,
  sessionId: string,
  limit: number,
): Promise<AttendanceCandidate[]> {
  const rows = await db
    .selectFrom('person as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select([
      'p.id',
      'p.display_name',
      'p.email',
      'p.organisation_id',
      'o.name as organisation_name',
      sql<boolean>`exists (select 1 from dilemma d where d.owner_id = p.id and d.session_id = ${sessionId})`.as(
        'brought_here',
      ),
      sql<number>`(select count(*)::int from attendance a where a.person_id = p.id)`.as('attended'),
    ])
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('dilemma as d').select('d.id').whereRef('d.owner_id', '=', 'p.id')),
        eb.exists(
          eb
            .selectFrom('attendance as a')
            .select('a.person_id')
            .whereRef('a.person_id', '=', 'p.id'),
        ),
      ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('attendance as here')
            .select('here.person_id')
            .whereRef('here.person_id', '=', 'p.id')
            .where('here.session_id', '=', sessionId),
        ),
      ),
    )
    .orderBy('brought_here', 'desc')
    .orderBy('p.display_name')
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    broughtDilemmaHere: row.brought_here,
    attended: row.attended,
  }));
}
