import {
  findSessionById,
  listAttendanceCandidates,
  listOrganisations,
  listParticipations,
  type Executor,
} from '@jamsessie/db';
import { participatingFirst, toLocalParts } from '@jamsessie/domain';
import { found } from '../shared/admin.helpers.js';

/** More than a session's circle ever holds; the type-ahead filters this list in the browser. */
const CANDIDATE_LIMIT = 1000;

/**
 * What the attendance form offers for a session: the people to pick (who brought a dilemma
 * or attended before, not yet recorded here; this session's dilemma owners first) and the
 * organisations, those taking part on the session's date first, each with its mail domains
 * so the form can suggest a new person's organisation by the domain's one rule
 * (`organisationForEmail`), the same rule the server applies when it creates the person.
 *
 * @example await attendanceChoices(ctx.db, sessionId)
 */
export async function attendanceChoices(db: Executor, sessionId: string) {
  const session = found(
    await findSessionById(db, sessionId),
    'SESSION',
    'Deze sessie bestaat niet (meer).',
  );
  const [people, organisations, participations] = await Promise.all([
    listAttendanceCandidates(db, session.id, CANDIDATE_LIMIT),
    listOrganisations(db),
    listParticipations(db, {}),
  ]);
  const onDate = toLocalParts(session.startsAt).date;
  return {
    people,
    organisations: participatingFirst(organisations, participations, onDate).map(
      ({ organisation, participating }) => ({
        id: organisation.id,
        name: organisation.name,
        emailDomains: organisation.emailDomains,
        participating,
      }),
    ),
  };
}
