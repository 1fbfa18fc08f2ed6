import { AGENDA_PAGE_SIZE } from '@jamsessie/domain';
import type { AgendaListInput } from '../api/api-types';
import type { AgendaFilters, AgendaKind } from '../agenda/agenda-filters';

/** How each kind in the address bar narrows `agenda.list`. */
const apiKinds: Readonly<Record<AgendaKind, Pick<AgendaListInput, 'kind' | 'programmeKind'>>> = {
  jamsessie: { kind: 'jam_session' },
  inspiratieweek: { kind: 'week_item' },
  // Programmes at an organisation's own location: the week items of that programme kind.
  lokaal: { kind: 'week_item', programmeKind: 'local_programme' },
};

/**
 * The `agenda.list` requests for a filtered view: one per page. A year is asked for as a
 * year (the API lists all of it, past and coming, in date order); otherwise the coming
 * sessions or the past. Only set values are included, so the same view always has the same
 * query keys.
 *
 * @example agendaListInputs({ ...noFilters, year: 2025 }, 1)
 * // [{ year: 2025, page: 1, pageSize: 50 }]
 */
export function agendaListInputs(
  filters: AgendaFilters,
  pages: number,
  pageSize = AGENDA_PAGE_SIZE,
): AgendaListInput[] {
  const base: AgendaListInput = {
    ...(filters.theme ? { theme: filters.theme } : {}),
    ...(filters.movement ? { movement: filters.movement } : {}),
    ...(filters.series ? { series: filters.series } : {}),
    ...(filters.kind ? apiKinds[filters.kind] : {}),
    ...(filters.year !== null
      ? { year: filters.year }
      : { when: filters.past ? ('past' as const) : ('upcoming' as const) }),
    pageSize,
  };
  return Array.from({ length: pages }, (_, index) => ({ ...base, page: index + 1 }));
}
