import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@jamsessie/domain';

/**
 * The reports list's search and filters, kept in the URL (`?zoek=open+deuren&thema=…`) so a
 * search can be shared and survives a reload.
 */
export type ReportFilters = {
  q: string;
  theme: string | null;
  keyword: string | null;
  page: number;
};

/** The unfiltered list. */
export const noReportFilters: ReportFilters = { q: '', theme: null, keyword: null, page: 1 };

const MAX_QUERY = 200;

function slug(value: string | null): string | null {
  const clean = value?.trim().toLowerCase() ?? '';
  return SLUG_PATTERN.test(clean) && clean.length <= SLUG_MAX_LENGTH ? clean : null;
}

/**
 * Reads search and filters from a query string; malformed values are ignored.
 *
 * @example parseReportFilters('?zoek=buurt&trefwoord=buurtbewoners') // { q: 'buurt', keyword: 'buurtbewoners', … }
 */
export function parseReportFilters(search: string): ReportFilters {
  const params = new URLSearchParams(search);
  const page = Number(params.get('pagina') ?? '1');
  return {
    q: (params.get('zoek') ?? '').trim().slice(0, MAX_QUERY),
    theme: slug(params.get('thema')),
    keyword: slug(params.get('trefwoord')),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/**
 * Writes search and filters as a query string in a fixed order; '' for the plain list.
 *
 * @example serializeReportFilters({ q: 'hek', theme: null, keyword: null, page: 1 }) // '?zoek=hek'
 */
export function serializeReportFilters(filters: ReportFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim() !== '') params.set('zoek', filters.q.trim());
  if (filters.theme) params.set('thema', filters.theme);
  if (filters.keyword) params.set('trefwoord', filters.keyword);
  if (filters.page > 1) params.set('pagina', String(filters.page));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The page size of the reports list. */
export const REPORTS_PAGE_SIZE = 20;

/**
 * The `reports.list` input for these filters (only what is set, so equal filters make equal
 * query keys).
 *
 * @example reportListInput({ q: '', theme: 'open-deuren', keyword: null, page: 1 }) // { theme: 'open-deuren', page: 1, pageSize: 20 }
 */
export function reportListInput(filters: ReportFilters) {
  return {
    ...(filters.q !== '' ? { q: filters.q } : {}),
    ...(filters.theme ? { theme: filters.theme } : {}),
    ...(filters.keyword ? { keyword: filters.keyword } : {}),
    page: filters.page,
    pageSize: REPORTS_PAGE_SIZE,
  };
}
