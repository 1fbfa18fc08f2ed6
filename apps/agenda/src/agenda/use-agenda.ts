import { toLocalParts } from '@jamsessie/domain';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AgendaEntry, ThemeView } from '../api/api-types';
import { useTRPC } from '../api/trpc';
import { agendaListInputs } from '../data/agenda.queries';
import type { AgendaFilters } from './agenda-filters';
import { mergeAgenda, type AgendaItem } from './agenda-items';

/** Everything the agenda page and the embedded agenda show. */
export type AgendaData = {
  items: AgendaItem[];
  themes: ThemeView[];
  /** Years of the week editions, for the year choice. */
  editionYears: number[];
  status: 'pending' | 'error' | 'success';
  /** True while a new filter's answer is on its way (the old list stays visible). */
  refreshing: boolean;
  error: unknown;
  retry: () => void;
  /** More sessions exist than are loaded. */
  hasMore: boolean;
  sessions: AgendaEntry[];
};

/**
 * Loads the agenda for a filtered view: the sessions (an `agenda.list` request per page;
 * a year, a kind such as the local programmes, all are filtered by the API), the themes
 * for labels and the week editions, all in one batched request. `pages` is how many pages
 * of sessions to show.
 */
export function useAgenda(filters: AgendaFilters, pages: number): AgendaData {
  const trpc = useTRPC();
  // One clock reading per visit: the list must not reshuffle while someone reads it.
  const [now] = useState(() => new Date().toISOString());
  const themes = useQuery(trpc.catalogue.themes.queryOptions());
  const editions = useQuery(trpc.week.editions.queryOptions());
  const lists = useQueries({
    queries: agendaListInputs(filters, pages).map((input) => ({
      ...trpc.agenda.list.queryOptions(input),
      placeholderData: keepPreviousData,
    })),
  });

  const all = [themes, editions, ...lists];
  const failed = all.find((query) => query.isError);
  const pending = all.some((query) => query.isPending);
  const sessions = lists.flatMap((query) => query.data?.items ?? []);
  return {
    items: mergeAgenda({ sessions, editions: editions.data ?? [] }, filters, now),
    themes: themes.data ?? [],
    editionYears: (editions.data ?? []).map((edition) => edition.year),
    status: failed ? 'error' : pending ? 'pending' : 'success',
    refreshing: lists.some((query) => query.isPlaceholderData),
    error: failed?.error ?? null,
    retry: () => {
      for (const query of all) if (query.isError) void query.refetch();
    },
    hasMore: lists.some((query) => query.data !== undefined && query.data.pageCount > pages),
    sessions,
  };
}

/**
 * The years a visitor can browse: from the first edition of the Week (or the first Jamsessies)
 * to next year.
 *
 * @example agendaYears([2021, 2022], '2026-11-23T10:00:00.000Z') // [2021, …, 2027]
 */
export function agendaYears(editionYears: readonly number[], now: string): number[] {
  const thisYear = Number(toLocalParts(now).date.slice(0, 4));
  const first = Math.min(2025, ...editionYears);
  return Array.from({ length: thisYear + 2 - first }, (_, index) => first + index);
}
