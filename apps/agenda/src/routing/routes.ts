import { agendaPageOf, publicPaths, type AgendaPage } from '@jamsessie/domain';

/**
 * The pages of the public agenda and their paths. One table, so links, the router and the
 * tests agree. Session pages live at `/agenda/<slug>` (the public address the domain's slugs
 * are made for); the server answers only `*.ics` paths under `/agenda` itself.
 */
export type Route = AgendaPage | { name: 'notFound' };

/**
 * Finds the page for a path (the domain's table, which the server shares); anything unknown
 * is the 404 page.
 *
 * @example matchRoute('/agenda/jamsessie-7-april-2025') // { name: 'session', slug: 'jamsessie-7-april-2025' }
 */
export function matchRoute(pathname: string): Route {
  return agendaPageOf(pathname) ?? { name: 'notFound' };
}

/** The paths of the pages, for links: the domain's one table of public addresses. */
export { publicPaths as paths };
