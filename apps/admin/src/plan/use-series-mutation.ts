import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/**
 * What every series form does after saving: reload the series and its previews, so the next
 * edit starts from the new version.
 *
 * @example const refresh = useRefreshSeries(); onSuccess: refresh
 */
export function useRefreshSeries() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.admin.series.pathKey() });
}
