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
