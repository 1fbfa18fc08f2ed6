import { MAX_CALLS_PER_BATCH } from '@jamsessie/domain';

/**
 * How both apps reach the API: tRPC's batch link to `/trpc` on the same origin (so the
 * HTTP-only session cookie rides along), queries started in one tick going out as one request.
 *
 * @example createTRPCClient<AppRouter>({ links: [httpBatchLink(apiBatchLinkOptions)] });
 */
export const apiBatchLinkOptions = {
  /** The API's path on the app's own origin. */
  url: '/trpc',
  /** The server refuses a bigger batch; more queries in one tick go out as more requests. */
  maxItems: MAX_CALLS_PER_BATCH,
  /** Sends the session cookie with every call. */
  fetch: (url: RequestInfo | URL, options?: RequestInit) =>
    fetch(url, { ...options, credentials: 'same-origin' }),
};

function httpStatusOf(error: unknown): number | null {
  const status = (error as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus;
  return typeof status === 'number' ? status : null;
}

/**
 * The query cache's retry rule: a request the server refused (4xx: not found, invalid, not
 * signed in) is not retried; network and server failures are, twice.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry: retryUnlessRefused } } });
 */
export function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  const refused = status !== null && status >= 400 && status < 500;
  return !refused && failureCount < 2;
}
