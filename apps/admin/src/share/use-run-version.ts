import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/** How often a screen that follows a run asks for its version: a step change shows within a second. */
export const RUN_VERSION_POLL_MS = 400;

/**
 * The version of the run behind a public token, asked for several times a second (one tiny
 * read of one number), so a screen can reload its view as soon as the run changed, whichever
 * server process changed it. Undefined until the first answer or when the link is not valid.
 *
 * @example const version = useRunVersion(token); useEffect(() => void refetch(), [version]);
 */
export function useRunVersion(token: string): number | undefined {
  const trpc = useTRPC();
  const version = useQuery({
    ...trpc.live.version.queryOptions({ token }),
    refetchInterval: RUN_VERSION_POLL_MS,
    // A hidden tab need not follow; it catches up when shown again.
    refetchIntervalInBackground: false,
    retry: false,
  });
  return version.data?.version;
}
