import { err, ok, type Id, type LocalDate, type Result } from '../shared/index.js';
import type { Organisation, Participation } from './organisation.schema.js';

/**
 * Whether a participation covers a date (both ends inclusive; open-ended when `until` is null).
 *
 * @example isParticipating({ …, from: '2016-01-01', until: null }, '2025-03-03') // true
 */
export function isParticipating(
  participation: Pick<Participation, 'from' | 'until'>,
  onDate: LocalDate,
): boolean {
  return (
    participation.from <= onDate && (participation.until === null || onDate <= participation.until)
  );
}

/**
 * Refuses a participation whose `until` lies before its `from` (not a schema refinement, so
 * the derived input schemas stay plain objects).
 *
 * @example participationPeriodError({ from: '2025-01-01', until: '2024-12-31' }).ok // false
 */
export function participationPeriodError(
  participation: Pick<Participation, 'from' | 'until'>,
): Result<true, 'PARTICIPATION.INVALID_PERIOD'> {
  if (participation.until !== null && participation.until < participation.from) {
    return err('PARTICIPATION.INVALID_PERIOD', 'De einddatum ligt vóór de begindatum.', {
      from: participation.from,
      until: participation.until,
    });
  }
  return ok(true);
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/**
 * The organisations taking part in a movement on a date ("de deelnemers"), sorted by name.
 * Pass `movementId: null` for all movements together.
 *
 * @example participatingOrganisations(orgs, participations, zorgId, '2025-03-03')
 */
export function participatingOrganisations(
  organisations: readonly Organisation[],
  participations: readonly Participation[],
  movementId: Id | null,
  onDate: LocalDate,
): Organisation[] {
  const ids = new Set(
    participations
      .filter(
        (p) => (movementId === null || p.movementId === movementId) && isParticipating(p, onDate),
      )
      .map((p) => p.organisationId),
  );
  return organisations
    .filter((o) => ids.has(o.id))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The mail domain of an address, lowercased, or '' when the address has none.
 *
 * @example emailDomainOf(' Fenna@DeWilgen.Example ') // 'dewilgen.example'
 */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * The organisation an address belongs to by its mail domain: the one organisation that owns
 * the domain, or null when none does or several do (a guess must never pick between two).
 * The one rule behind every place that fills in a person's organisation from their address:
 * a person created from a form and the attendance form's suggestion.
 *
 * @example organisationForEmail('fenna@dewilgen.example', orgs)?.name // 'Zorggroep De Wilgen'
 */
export function organisationForEmail<O extends { emailDomains: readonly string[] }>(
  email: string,
  organisations: readonly O[],
): O | null {
  const domain = emailDomainOf(email);
  if (domain === '') return null;
  const owners = organisations.filter((o) =>
    o.emailDomains.some((d) => d.toLowerCase() === domain),
  );
  return owners.length === 1 ? owners[0]! : null;
}

/**
 * Organisations in the order a coordinator picks from: those taking part (in any movement) on
 * the date first, then the others, each group by name. `participating` marks the first group.
 *
 * @example participatingFirst(orgs, participations, '2025-03-03')[0] // { organisation, participating: true }
 */
export function participatingFirst<O extends Organisation>(
  organisations: readonly O[],
  participations: readonly Participation[],
  onDate: LocalDate,
): { organisation: O; participating: boolean }[] {
  const taking = new Set(
    participatingOrganisations(organisations, participations, null, onDate).map((o) => o.id),
  );
  return [...organisations]
    .sort(
      (a, b) =>
        Number(taking.has(b.id)) - Number(taking.has(a.id)) || collator.compare(a.name, b.name),
    )
    .map((organisation) => ({ organisation, participating: taking.has(organisation.id) }));
}
