import type { AppRouter } from '@jamsessie/api';
import { MAX_CALLS_PER_BATCH } from '@jamsessie/domain';
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
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // The server refuses a bigger batch; more queries in one tick go out as more requests.
        maxItems: MAX_CALLS_PER_BATCH,
        fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
      }),
    ],
  });
}

/** The typed tRPC client. */
export type ApiClient = ReturnType<typeof createApiClient>;

function httpStatusOf(error: unknown): number | null {
  const status = (error as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus;
  return typeof status === 'number' ? status : null;
}

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
        retry: (count, error) => {
          const status = httpStatusOf(error);
          return (status === null || status >= 500) && count < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
