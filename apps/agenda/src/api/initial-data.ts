import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { AgendaListInput } from './api-types';
import type { ApiOptions } from './trpc';

/**
 * The id of the `<script type="application/json">` element in which the server embeds the
 * first view's answers (apps/server: http/first-view/initial-data.script.ts).
 */
export const INITIAL_DATA_ELEMENT_ID = 'jamsessie-initial-data';

/** One answer the server embedded: the procedure's path, its input and its data. */
export type InitialQuery = { path: string; input?: unknown; data: unknown };

/** The procedures whose answers may be seeded, and their query keys (the pages' own). */
const queryKeys: Readonly<Record<string, (api: ApiOptions, input: unknown) => QueryKey>> = {
  'catalogue.themes': (api) => api.catalogue.themes.queryKey(),
  'catalogue.movements': (api) => api.catalogue.movements.queryKey(),
  'catalogue.series': (api) => api.catalogue.series.queryKey(),
  'week.editions': (api) => api.week.editions.queryKey(),
  'agenda.list': (api, input) => api.agenda.list.queryKey(input as AgendaListInput),
};

function isInitialQuery(value: unknown): value is InitialQuery {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { path?: unknown }).path === 'string' &&
    'data' in value
  );
}

/**
 * Reads the answers the server embedded in the page. None (another page, an old server, a
 * damaged element) is not an error: the app then asks the API as usual.
 *
 * @example const queries = readInitialData(document);
 */
export function readInitialData(doc: Document): InitialQuery[] {
  const element = doc.getElementById(INITIAL_DATA_ELEMENT_ID);
  if (!element?.textContent) return [];
  try {
    const parsed = JSON.parse(element.textContent) as { queries?: unknown };
    return Array.isArray(parsed.queries) ? parsed.queries.filter(isInitialQuery) : [];
  } catch {
    return [];
  }
}

/**
 * Puts embedded answers into the query cache under the exact keys the pages use (the
 * options proxy's `queryKey()`), before the first render: the agenda then shows its rows at
 * once, and the prefetch finds fresh data and sends no request. Unknown paths are skipped.
 * Returns how many answers were seeded.
 *
 * @example seedInitialData(queryClient, createOptionsProxy(client, queryClient), readInitialData(document));
 */
export function seedInitialData(
  queryClient: QueryClient,
  api: ApiOptions,
  queries: readonly InitialQuery[],
): number {
  let seeded = 0;
  for (const query of queries) {
    const keyOf = queryKeys[query.path];
    if (!keyOf) continue;
    queryClient.setQueryData(keyOf(api, query.input), query.data);
    seeded += 1;
  }
  return seeded;
}
