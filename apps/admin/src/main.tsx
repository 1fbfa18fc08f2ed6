import type { AppRouter } from '@jamsessie/api';
import { isUnauthorized, mountApp } from '@jamsessie/web';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { createApiClient, createQueryClient, TRPCProvider } from './api/trpc';
import { App } from './App';
import '@jamsessie/web/base.css';
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

mountApp(
  queryClient,
  <TRPCProvider trpcClient={client} queryClient={queryClient}>
    <App />
  </TRPCProvider>,
);
