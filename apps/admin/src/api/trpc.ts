import type { AppRouter } from '@jamsessie/api';
import { apiBatchLinkOptions, retryUnlessRefused } from '@jamsessie/web';
import { QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/**
 * The React bindings of the API: `useTRPC()` gives typed query and mutation options.
 *
 * @example const trpc = useTRPC(); const { data } = useQuery(trpc.auth.me.queryOptions());
 */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/**
 * The tRPC client over real HTTP, same origin, so the HTTP-only session cookie rides along.
 * Queries started in the same tick go out as one batched request.
 */
export function createApiClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink(apiBatchLinkOptions)] });
}

/** The typed tRPC client. */
export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The query cache of the coordinators' app: data is fresh for 20 seconds (several people
 * edit), refused requests (4xx) are never retried, and a mutation's failure is handled by the
 * form that sent it. `onQueryError` sees every failed query (the app uses it to notice an
 * ended session).
 */
export function createQueryClient(
  onQueryError?: (error: unknown, queryKey: QueryKey) => void,
): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => onQueryError?.(error, query.queryKey),
    }),
    defaultOptions: {
      queries: {
        staleTime: 20_000,
        refetchOnWindowFocus: false,
        retry: retryUnlessRefused,
      },
      mutations: { retry: false },
    },
  });
}
