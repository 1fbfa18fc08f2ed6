import type { AppRouter } from '@jamsessie/api';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isUnauthorized } from './api/api-errors';
import { createApiClient, createQueryClient, TRPCProvider } from './api/trpc';
import { App } from './App';
import './styles.css';

// A session that ended elsewhere (sign-out in another tab, expiry) makes the next query fail
// with UNAUTHORIZED: ask `auth.me` again, which shows the sign-in page.
const queryClient = createQueryClient((error, queryKey) => {
  const meKey = api.auth.me.queryKey();
  if (isUnauthorized(error) && JSON.stringify(queryKey) !== JSON.stringify(meKey)) {
    void queryClient.invalidateQueries({ queryKey: meKey });
  }
});
const client = createApiClient();
const api = createTRPCOptionsProxy<AppRouter>({ client, queryClient });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        <App />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
