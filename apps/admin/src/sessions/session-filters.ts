import type { SessionStatus } from '@jamsessie/domain';

/** The filters of the session list, as they live in the URL. */
export type SessionFilters = {
  year: number;
  status: SessionStatus | null;
  q: string;
  page: number;
};

const statuses: readonly SessionStatus[] = ['planned', 'held', 'cancelled'];

/**
 * Reads the list's filters from the query string (`?jaar=2026&status=planned&q=open&pagina=2`);
 * anything unreadable falls back to the default.
 *
 * @example readSessionFilters('?jaar=2026', 2025).year // 2026
 */
export function readSessionFilters(search: string, defaultYear: number): SessionFilters {
  const params = new URLSearchParams(search);
  const year = Number(params.get('jaar'));
  const status = params.get('status');
  const page = Number(params.get('pagina'));
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : defaultYear,
    status: statuses.find((s) => s === status) ?? null,
    q: (params.get('q') ?? '').slice(0, 200),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * Writes the filters back as a query string, leaving out defaults so URLs stay short.
 *
 * @example sessionFiltersQuery({ year: 2026, status: null, q: '', page: 1 }, 2026) // ''
 */
export function sessionFiltersQuery(filters: SessionFilters, defaultYear: number): string {
  const params = new URLSearchParams();
  if (filters.year !== defaultYear) params.set('jaar', String(filters.year));
  if (filters.status) params.set('status', filters.status);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.page > 1) params.set('pagina', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
