import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@jamsessie/api';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { noFilters } from '../agenda/agenda-filters';
import { useAgenda } from '../agenda/use-agenda';
import { useMovements, useSeries } from '../data/use-catalogue';
import { edition, sessionEntry, themes } from '../test/fixtures';
import type { AgendaListOutput } from './api-types';
import {
  INITIAL_DATA_ELEMENT_ID,
  readInitialData,
  seedInitialData,
  type InitialQuery,
} from './initial-data';
import { createOptionsProxy, createQueryClient, TRPCProvider } from './trpc';
import { agendaFirstPage } from '@jamsessie/domain';

/**
 * What the server embeds for the plain agenda (the domain's `agendaFirstPage`, through the
 * server's `initialQueries`): this test holds the app to that contract.
 */
const firstPage = agendaFirstPage;

const upcoming = sessionEntry({
  slug: 'jamsessie-7-december-2026',
  title: 'Jamsessie: Open deuren',
  startsAt: '2026-12-07T12:00:00.000Z',
  endsAt: '2026-12-07T13:00:00.000Z',
  status: 'planned',
});

const list: AgendaListOutput = { items: [upcoming], total: 1, page: 1, pageSize: 50, pageCount: 1 };

const embedded: InitialQuery[] = [
  { path: 'catalogue.themes', data: themes },
  { path: 'catalogue.movements', data: [] },
  { path: 'catalogue.series', data: [] },
  { path: 'week.editions', data: [edition()] },
  { path: 'agenda.list', input: firstPage, data: list },
];

/** A client whose every request is recorded and fails: seeded data must need none. */
function offlineApp() {
  const requests: string[] = [];
  const client = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: 'http://api.invalid/trpc',
        fetch: (url) => {
          requests.push(url instanceof Request ? url.url : url.toString());
          return Promise.reject(new TypeError('Failed to fetch'));
        },
      }),
    ],
  });
  const queryClient = createQueryClient();
  const api = createOptionsProxy(client, queryClient);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
  return { requests, queryClient, api, wrapper };
}

function documentWith(text: string | null): Document {
  const doc = document.implementation.createHTMLDocument('Agenda');
  if (text !== null) {
    const element = doc.createElement('script');
    element.type = 'application/json';
    element.id = INITIAL_DATA_ELEMENT_ID;
    element.textContent = text;
    doc.body.append(element);
  }
  return doc;
}

describe('readInitialData', () => {
  it('reads the queries the server embedded, escapes and all', () => {
    const json = JSON.stringify({ queries: embedded }).replace(/</g, '\\u003c');
    expect(readInitialData(documentWith(json))).toEqual(embedded);
  });

  it('gives nothing for a page without data, damaged JSON or entries without a path', () => {
    expect(readInitialData(documentWith(null))).toEqual([]);
    expect(readInitialData(documentWith('{"queries": ['))).toEqual([]);
    expect(readInitialData(documentWith('{"queries": [{"data": 1}, "x", null]}'))).toEqual([]);
    expect(readInitialData(documentWith('{"other": []}'))).toEqual([]);
  });
});

describe('seedInitialData', () => {
  it('lets the agenda page render its rows at once, without a single request', async () => {
    const app = offlineApp();
    expect(seedInitialData(app.queryClient, app.api, embedded)).toBe(5);
    const { result } = renderHook(
      () => ({ agenda: useAgenda(noFilters, 1), movements: useMovements(), series: useSeries() }),
      { wrapper: app.wrapper },
    );
    // The very first render: no loading state in between.
    expect(result.current.agenda.status).toBe('success');
    expect(result.current.agenda.sessions.map((entry) => entry.slug)).toEqual([upcoming.slug]);
    expect(result.current.agenda.themes).toEqual(themes);
    expect(result.current.movements.status).toBe('success');
    expect(result.current.series.status).toBe('success');
    await new Promise((done) => setTimeout(done, 20));
    expect(app.requests).toEqual([]);
  });

  it('skips procedures it does not know, and the page then asks the API', async () => {
    const app = offlineApp();
    const seeded = seedInitialData(app.queryClient, app.api, [
      { path: 'admin.sessions.list', data: [] },
      { path: 'catalogue.themes', data: themes },
    ]);
    expect(seeded).toBe(1);
    const { result } = renderHook(() => useAgenda(noFilters, 1), { wrapper: app.wrapper });
    expect(result.current.status).toBe('pending');
    await new Promise((done) => setTimeout(done, 20));
    expect(app.requests).toHaveLength(1);
    expect(app.requests[0]).not.toContain('catalogue.themes');
    expect(app.requests[0]).toContain('agenda.list');
  });
});
