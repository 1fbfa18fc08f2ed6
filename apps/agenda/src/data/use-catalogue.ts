import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/** The themes (labels for ids, filter options). Cached app-wide. */
export function useThemes() {
  const trpc = useTRPC();
  return useQuery(trpc.catalogue.themes.queryOptions());
}

/** The four movements. */
export function useMovements() {
  const trpc = useTRPC();
  return useQuery(trpc.catalogue.movements.queryOptions());
}

/** The report keywords. */
export function useKeywords() {
  const trpc = useTRPC();
  return useQuery(trpc.catalogue.keywords.queryOptions());
}

/** Every series, for the agenda's series filter (public facts only, never a link). */
export function useSeries() {
  const trpc = useTRPC();
  return useQuery(trpc.catalogue.series.queryOptions());
}
