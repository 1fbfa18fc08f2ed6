/**
 * The pages of the public agenda and their paths. One table, so links, the router and the
 * tests agree. Session pages live at `/agenda/<slug>` (the public address the domain's slugs
 * are made for); the server answers only `*.ics` paths under `/agenda` itself.
 */
export type Route =
  | { name: 'agenda' }
  | { name: 'session'; slug: string }
  | { name: 'dilemma'; slug: string }
  | { name: 'weekList' }
  | { name: 'weekEdition'; slug: string }
  | { name: 'reports' }
  | { name: 'report'; slug: string }
  | { name: 'participants' }
  | { name: 'embed' }
  | { name: 'notFound' };

const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';

const table: ReadonlyArray<[RegExp, (slug: string) => Route]> = [
  [/^\/(?:agenda\/?)?$/, () => ({ name: 'agenda' })],
  [new RegExp(`^/agenda/${SLUG}/?$`), (slug) => ({ name: 'session', slug })],
  [new RegExp(`^/agenda/${SLUG}/dilemma/?$`), (slug) => ({ name: 'dilemma', slug })],
  [/^\/week\/?$/, () => ({ name: 'weekList' })],
  [new RegExp(`^/week/${SLUG}/?$`), (slug) => ({ name: 'weekEdition', slug })],
  [/^\/verslagen\/?$/, () => ({ name: 'reports' })],
  [new RegExp(`^/verslagen/${SLUG}/?$`), (slug) => ({ name: 'report', slug })],
  [/^\/deelnemers\/?$/, () => ({ name: 'participants' })],
  [/^\/embed\/?$/, () => ({ name: 'embed' })],
];

/**
 * Finds the page for a path; anything unknown is the 404 page.
 *
 * @example matchRoute('/agenda/jamsessie-7-april-2025') // { name: 'session', slug: 'jamsessie-7-april-2025' }
 */
export function matchRoute(pathname: string): Route {
  for (const [pattern, build] of table) {
    const match = pattern.exec(pathname);
    if (match) return build(match[1] ?? '');
  }
  return { name: 'notFound' };
}

/**
 * The paths of the pages, for links.
 *
 * @example paths.session('jamsessie-7-april-2025') // '/agenda/jamsessie-7-april-2025'
 */
export const paths = {
  agenda: (): string => '/',
  session: (slug: string): string => `/agenda/${slug}`,
  dilemma: (slug: string): string => `/agenda/${slug}/dilemma`,
  weekList: (): string => '/week',
  weekEdition: (slug: string): string => `/week/${slug}`,
  reports: (): string => '/verslagen',
  report: (slug: string): string => `/verslagen/${slug}`,
  participants: (): string => '/deelnemers',
  embed: (): string => '/embed',
};
