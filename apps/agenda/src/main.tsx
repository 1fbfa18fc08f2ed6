import { mountApp } from '@jamsessie/web';
import { readInitialData, seedInitialData } from './api/initial-data';
import { createApiClient, createOptionsProxy, createQueryClient, TRPCProvider } from './api/trpc';
import { App } from './App';
import { prefetchRoute } from './data/prefetch';
import { preloadPage } from './pages';
import { matchRoute } from './routing/routes';
import '@jamsessie/web/base.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/agenda.css';
import './styles/week.css';
import './styles/pages.css';
import './styles/tips.css';

const queryClient = createQueryClient();
const client = createApiClient();
const route = matchRoute(window.location.pathname);

const api = createOptionsProxy(client, queryClient);

// The server embeds the plain agenda's data in the page: seeded first, it needs no request.
seedInitialData(queryClient, api, readInitialData(document));
// Data and code of the first view start together: one API round trip (or none), one chunk.
prefetchRoute(queryClient, api, route, window.location.search);
preloadPage(route);

mountApp(
  queryClient,
  <TRPCProvider trpcClient={client} queryClient={queryClient}>
    <App />
  </TRPCProvider>,
);
