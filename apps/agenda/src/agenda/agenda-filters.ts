import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@jamsessie/domain';

/**
 * The kinds a visitor can filter on, as they appear in the address bar (Dutch, readable
 * in a shared link): Jamsessies, the inspiration week's programme, and programmes at an
 * organisation's own location.
 */
export const AGENDA_KINDS = ['jamsessie', 'inspiratieweek', 'lokaal'] as const;
/** One filterable kind. */
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/**
 * The agenda's filters. They live in the URL (`?thema=open-deuren&jaar=2025`), so a filtered
 * view can be shared and survives a reload. `year` browses one calendar year; without it
 * the agenda shows what is coming, or (with `past`) what has been.
 */
export type AgendaFilters = {
  theme: string | null;
  movement: string | null;
  kind: AgendaKind | null;
  series: string | null;
  year: number | null;
  past: boolean;
};

/** No filters: the upcoming agenda. */
export const noFilters: AgendaFilters = {
  theme: null,
  movement: null,
  kind: null,
  series: null,
  year: null,
  past: false,
};

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function slugParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim().toLowerCase() ?? '';
  return SLUG_PATTERN.test(value) && value.length <= SLUG_MAX_LENGTH ? value : null;
}

function yearParam(params: URLSearchParams): number | null {
  const value = params.get('jaar') ?? '';
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * Reads the filters from a query string. Unknown or malformed values are ignored, so an
 * edited or outdated link still shows a sensible agenda instead of an error.
 *
 * @example parseFilters('?thema=open-deuren&jaar=2025') // { theme: 'open-deuren', year: 2025, … }
 */
export function parseFilters(search: string): AgendaFilters {
  const params = new URLSearchParams(search);
  const kind = params.get('soort');
  const year = yearParam(params);
  return {
    theme: slugParam(params, 'thema'),
    movement: slugParam(params, 'beweging'),
    kind: AGENDA_KINDS.find((candidate) => candidate === kind) ?? null,
    series: slugParam(params, 'reeks'),
    year,
    // A year already says which period: "past" only applies to the open-ended view.
    past: year === null && params.get('eerder') === 'ja',
  };
}

/**
 * Writes the filters as a query string in a fixed order, leaving out what is not set, so the
 * same view always has the same address. Returns '' for the plain agenda.
 *
 * @example serializeFilters({ ...noFilters, theme: 'open-deuren', year: 2025 }) // '?thema=open-deuren&jaar=2025'
 */
export function serializeFilters(filters: AgendaFilters): string {
  const params = new URLSearchParams();
  if (filters.theme) params.set('thema', filters.theme);
  if (filters.movement) params.set('beweging', filters.movement);
  if (filters.kind) params.set('soort', filters.kind);
  if (filters.series) params.set('reeks', filters.series);
  if (filters.year !== null) params.set('jaar', String(filters.year));
  else if (filters.past) params.set('eerder', 'ja');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * Whether anything narrows the list (the period choice does not count: it is not a filter
 * a visitor would want to "clear").
 *
 * @example hasNarrowingFilters({ ...noFilters, year: 2025 }) // false
 */
export function hasNarrowingFilters(filters: AgendaFilters): boolean {
  return (
    filters.theme !== null ||
    filters.movement !== null ||
    filters.kind !== null ||
    filters.series !== null
  );
}
