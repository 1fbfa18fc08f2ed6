import { z } from 'zod';

/** The largest page a public list returns, so one request cannot dump a whole table. */
export const MAX_PAGE_SIZE = 50;

/**
 * Paging fields shared by the public lists: 1-based `page`, `pageSize` up to
 * {@link MAX_PAGE_SIZE}. Spread into an input object: `z.object({ ...PageInput.shape, … })`.
 */
export const PageInput = z.object({
  page: z
    .number({ error: 'Vul een paginanummer in.' })
    .int({ error: 'Een paginanummer is een geheel getal.' })
    .min(1, { error: 'Pagina’s beginnen bij 1.' })
    .max(10_000, { error: 'Zoveel pagina’s zijn er niet.' })
    .default(1),
  pageSize: z
    .number({ error: 'Vul een aantal per pagina in.' })
    .int({ error: 'Een aantal is een geheel getal.' })
    .min(1, { error: 'Toon minstens 1 per pagina.' })
    .max(MAX_PAGE_SIZE, { error: `Toon hoogstens ${MAX_PAGE_SIZE} per pagina.` })
    .default(20),
});

/** A page of results with what a pager needs. */
export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/**
 * Wraps items and a total count as a {@link Page}.
 *
 * @example toPage(rows, 42, { page: 2, pageSize: 20 }) // { …, pageCount: 3 }
 */
export function toPage<T>(
  items: T[],
  total: number,
  paging: { page: number; pageSize: number },
): Page<T> {
  return {
    items,
    total,
    page: paging.page,
    pageSize: paging.pageSize,
    pageCount: Math.max(1, Math.ceil(total / paging.pageSize)),
  };
}

/** The row offset of a page. */
export function pageOffset(paging: { page: number; pageSize: number }): number {
  return (paging.page - 1) * paging.pageSize;
}
