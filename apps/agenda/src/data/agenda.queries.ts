import type { AgendaListInput } from '../api/api-types';
import type { AgendaFilters, AgendaKind } from '../agenda/agenda-filters';

/** Sessions per request: the largest page the API gives, a year of monthly sessions and more. */
export const AGENDA_PAGE_SIZE = 50;

const apiKinds: Readonly<Record<AgendaKind, AgendaListInput['kind'] | null>> = {
  jamsessie: 'jam_session',
  inspiratieweek: 'week_item',
  // Local programmes are week programme items, not sessions: they come from `week.*`.
  lokaal: null,
};

/**
 * The `agenda.list` requests for a filtered view. A year needs two (what has been and what
 * is coming, as the API splits them); they are sent in one batch. The "lokaal" kind needs
 * none. Only set values are included, so the same view always has the same query keys.
 *
 * @example agendaListInputs({ ...noFilters, year: 2025 }, 1)
 * // [{ when: 'past', year: 2025, page: 1, pageSize: 50 }, { when: 'upcoming', year: 2025, … }]
 */
export function agendaListInputs(
  filters: AgendaFilters,
  pages: number,
  pageSize = AGENDA_PAGE_SIZE,
): AgendaListInput[] {
  if (filters.kind === 'lokaal') return [];
  const kind = filters.kind ? apiKinds[filters.kind] : null;
  const base = {
    ...(filters.theme ? { theme: filters.theme } : {}),
    ...(filters.movement ? { movement: filters.movement } : {}),
    ...(filters.series ? { series: filters.series } : {}),
    ...(kind ? { kind } : {}),
    ...(filters.year !== null ? { year: filters.year } : {}),
    pageSize,
  };
  const directions: ('past' | 'upcoming')[] =
    filters.year !== null ? ['past', 'upcoming'] : [filters.past ? 'past' : 'upcoming'];
  const inputs: AgendaListInput[] = [];
  for (const when of directions) {
    for (let page = 1; page <= pages; page += 1) inputs.push({ ...base, when, page });
  }
  return inputs;
}
