import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Starts an app in the page's `#root`: strict mode and the query cache around it.
 *
 * @example mountApp(queryClient, <TRPCProvider trpcClient={client} queryClient={queryClient}><App /></TRPCProvider>);
 */
export function mountApp(queryClient: QueryClient, app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>{app}</QueryClientProvider>
    </StrictMode>,
  );
}
