import { toInstant, toLocalParts } from '@jamsessie/domain';
import type { AgendaEntry, WeekEditionSummary } from '../api/api-types';
import type { AgendaFilters } from './agenda-filters';

/** One line of the agenda: a session (a Jamsessie or a week item) or a whole week edition. */
export type AgendaItem =
  | { type: 'session'; key: string; startsAt: string; entry: AgendaEntry }
  | { type: 'edition'; key: string; startsAt: string; edition: WeekEditionSummary };

function editionVisible(edition: WeekEditionSummary, filters: AgendaFilters, today: string) {
  // An edition spans every sector, but has no theme or series of its own, and it is the
  // inspiration week itself, not a programme at an organisation's location.
  if (filters.theme || filters.series) return false;
  if (filters.kind !== null && filters.kind !== 'inspiratieweek') return false;
  if (filters.year !== null) return edition.year === filters.year;
  return filters.past ? edition.endsOn < today : edition.endsOn >= today;
}

/**
 * Builds the agenda from its two sources, in date order: sessions from `agenda.list`
 * (already filtered by the API, local programmes included) and the week editions (filtered
 * here by the same filters: an edition has no theme or series). Ascending for the coming
 * agenda and a year, descending for the past.
 *
 * @example mergeAgenda({ sessions, editions }, filters, new Date().toISOString())
 */
export function mergeAgenda(
  sources: { sessions: readonly AgendaEntry[]; editions: readonly WeekEditionSummary[] },
  filters: AgendaFilters,
  now: string,
): AgendaItem[] {
  const today = toLocalParts(now).date;
  const items: AgendaItem[] = [];
  const seen = new Set<string>();
  for (const entry of sources.sessions) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    items.push({ type: 'session', key: `s-${entry.id}`, startsAt: entry.startsAt, entry });
  }
  for (const edition of sources.editions) {
    if (!editionVisible(edition, filters, today)) continue;
    items.push({
      type: 'edition',
      key: `e-${edition.id}`,
      startsAt: toInstant(edition.startsOn, '00:00'),
      edition,
    });
  }
  const descending = filters.year === null && filters.past;
  return items.sort((a, b) => {
    const order = a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0;
    return descending ? -order : order;
  });
}
