import type { AppRouter } from '@jamsessie/api';
import { apiBatchLinkOptions, retryUnlessRefused } from '@jamsessie/web';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * The React bindings of the API: `useTRPC()` gives typed query and mutation options.
 *
 * @example const trpc = useTRPC(); const { data } = useQuery(trpc.catalogue.themes.queryOptions());
 */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/**
 * The tRPC client over real HTTP. `httpBatchLink` sends every query started in the same tick
 * as ONE request, which is how the first view needs a single round trip.
 */
export function createApiClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink(apiBatchLinkOptions)] });
}

/** The typed tRPC client. */
export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The query cache: data counts as fresh for a minute (an agenda changes slowly), and a
 * request the server refused (404, 400) is not retried, only network and server failures.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: retryUnlessRefused,
      },
    },
  });
}

/**
 * Query options outside React (to start the first view's queries before rendering).
 *
 * @example const api = createOptionsProxy(client, queryClient); void queryClient.prefetchQuery(api.catalogue.themes.queryOptions());
 */
export function createOptionsProxy(client: ApiClient, queryClient: QueryClient) {
  return createTRPCOptionsProxy<AppRouter>({ client, queryClient });
}

/** The options proxy type, shared by the prefetch code and the pages. */
export type ApiOptions = ReturnType<typeof createOptionsProxy>;
