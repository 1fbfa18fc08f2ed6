import type { QueryClient } from '@tanstack/react-query';
import { parseFilters } from '../agenda/agenda-filters';
import type { ApiOptions } from '../api/trpc';
import { parseReportFilters, reportListInput } from '../reports/report-filters';
import type { Route } from '../routing/routes';
import { agendaListInputs } from './agenda.queries';

/**
 * Starts every query the first view of a route needs, in the same tick, so the batch link
 * sends them as ONE request, in parallel with the download of a lazily loaded page. The
 * pages ask for the same inputs and find the answers in the cache.
 *
 * @example prefetchRoute(queryClient, api, matchRoute(location.pathname), location.search);
 */
export function prefetchRoute(
  queryClient: QueryClient,
  api: ApiOptions,
  route: Route,
  search: string,
): void {
  const q = queryClient;
  switch (route.name) {
    case 'agenda':
    case 'embed':
      void q.prefetchQuery(api.catalogue.themes.queryOptions());
      void q.prefetchQuery(api.week.editions.queryOptions());
      if (route.name === 'agenda') {
        void q.prefetchQuery(api.catalogue.movements.queryOptions());
        void q.prefetchQuery(api.catalogue.series.queryOptions());
      }
      for (const input of agendaListInputs(parseFilters(search), 1))
        void q.prefetchQuery(api.agenda.list.queryOptions(input));
      return;
    case 'session':
      void q.prefetchQuery(api.agenda.session.queryOptions({ slug: route.slug }));
      void q.prefetchQuery(api.catalogue.themes.queryOptions());
      return;
    case 'dilemma':
      void q.prefetchQuery(api.agenda.session.queryOptions({ slug: route.slug }));
      return;
    case 'weekList':
      void q.prefetchQuery(api.week.editions.queryOptions());
      return;
    case 'weekEdition':
      void q.prefetchQuery(api.week.edition.queryOptions({ slug: route.slug }));
      return;
    case 'reports':
      void q.prefetchQuery(
        api.reports.list.queryOptions(reportListInput(parseReportFilters(search))),
      );
      void q.prefetchQuery(api.catalogue.themes.queryOptions());
      void q.prefetchQuery(api.catalogue.keywords.queryOptions());
      return;
    case 'tips':
      void q.prefetchQuery(api.tips.list.queryOptions(reportListInput(parseReportFilters(search))));
      void q.prefetchQuery(api.catalogue.themes.queryOptions());
      void q.prefetchQuery(api.catalogue.keywords.queryOptions());
      return;
    case 'report':
      void q.prefetchQuery(api.reports.bySlug.queryOptions({ slug: route.slug }));
      void q.prefetchQuery(api.catalogue.themes.queryOptions());
      void q.prefetchQuery(api.catalogue.keywords.queryOptions());
      return;
    case 'participants':
      void q.prefetchQuery(api.catalogue.participants.queryOptions());
      return;
    case 'notFound':
      return;
  }
}
