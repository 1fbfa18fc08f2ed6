import { renderingAt, type RenderLocation } from '@jamsessie/web';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { seedInitialData, type InitialQuery } from './api/initial-data';
import { createApiClient, createOptionsProxy, createQueryClient, TRPCProvider } from './api/trpc';
import { App } from './App';

/**
 * The first view as HTML, rendered by the server with the app's own components from the
 * answers it embeds in the page (so the markup and the data can never disagree). The
 * browser shows it before any script has run; the app then renders the same from the same
 * answers. Only pages whose data is in `queries` come out complete: others show their
 * loading state, exactly as the app would.
 *
 * @example renderFirstView({ origin: 'https://agenda.example', pathname: '/', search: '' }, queries)
 */
export function renderFirstView(
  location: RenderLocation,
  queries: readonly InitialQuery[],
): string {
  const queryClient = createQueryClient();
  // Never used for a request: a server render does not fetch, it reads the seeded cache.
  const client = createApiClient();
  seedInitialData(queryClient, createOptionsProxy(client, queryClient), queries);
  return renderingAt(location, () =>
    renderToString(
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={client} queryClient={queryClient}>
          <App />
        </TRPCProvider>
      </QueryClientProvider>,
    ),
  );
}
