import {
  findPersonByEmail,
  listOrganisations,
  listParticipations,
  type Executor,
} from '@jamsessie/db';
import { toLocalParts, type EligibilityContext } from '@jamsessie/domain';

/**
 * What the domain's meeting-link eligibility (`isEligibleForLink`) is decided against for one
 * address at `now`: the organisations and their participations, whether the address is a
 * registered LOC member, and today's Amsterdam date. The link request form and the personal
 * calendar read it here, so both decide alike.
 *
 * @example isEligibleForLink(email, series, await linkEligibilityContext(db, email, now))
 */
export async function linkEligibilityContext(
  db: Executor,
  email: string,
  now: Date,
): Promise<EligibilityContext> {
  const [organisations, participations, person] = await Promise.all([
    listOrganisations(db),
    listParticipations(db, {}),
    findPersonByEmail(db, email),
  ]);
  return {
    organisations,
    participations,
    locMemberEmails: person?.isLocMember && person.email ? [person.email] : [],
    onDate: toLocalParts(now.toISOString()).date,
  };
}
