/** The base path of the coordinators' app on the server. */
export const BASE = '/beheer';

/** Every screen of the app, with the parameters its path carries. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'plan' }
  | { name: 'seriesNew' }
  | { name: 'series'; seriesId: string }
  | { name: 'sessions' }
  | { name: 'session'; sessionId: string }
  | { name: 'inventory'; sessionId: string }
  | { name: 'live'; sessionId: string }
  | { name: 'report'; sessionId: string }
  | { name: 'week' }
  | { name: 'weekEdition'; editionId: string }
  | { name: 'organisations' }
  | { name: 'people' }
  | { name: 'accounts' }
  | { name: 'password' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'share'; token: string }
  | { name: 'notFound' };

const enc = encodeURIComponent;

/**
 * The path of every screen, so links are never spelled twice.
 *
 * @example paths.live(id) // '/beheer/sessies/<id>/live'
 */
export const paths = {
  dashboard: () => `${BASE}/`,
  plan: () => `${BASE}/planning`,
  seriesNew: () => `${BASE}/planning/nieuw`,
  series: (id: string, year?: number) =>
    `${BASE}/planning/${enc(id)}${year ? `?jaar=${year}` : ''}`,
  sessions: () => `${BASE}/sessies`,
  session: (id: string) => `${BASE}/sessies/${enc(id)}`,
  inventory: (id: string) => `${BASE}/sessies/${enc(id)}/inventarisatie`,
  live: (id: string) => `${BASE}/sessies/${enc(id)}/live`,
  report: (id: string) => `${BASE}/sessies/${enc(id)}/verslag`,
  week: () => `${BASE}/week`,
  weekEdition: (id: string) => `${BASE}/week/${enc(id)}`,
  organisations: () => `${BASE}/organisaties`,
  people: () => `${BASE}/personen`,
  accounts: () => `${BASE}/accounts`,
  password: () => `${BASE}/wachtwoord`,
  forgotPassword: () => `${BASE}/wachtwoord-vergeten`,
  /** The page a reset mail links to (the API spells the same path as PASSWORD_RESET_PATH). */
  resetPassword: () => `${BASE}/wachtwoord-herstellen`,
  share: (token: string) => `${BASE}/meekijken/${enc(token)}`,
};

const table: [RegExp, (m: string[]) => Route][] = [
  [/^\/?$/, () => ({ name: 'dashboard' })],
  [/^\/planning\/?$/, () => ({ name: 'plan' })],
  [/^\/planning\/nieuw\/?$/, () => ({ name: 'seriesNew' })],
  [/^\/planning\/([^/]+)\/?$/, (m) => ({ name: 'series', seriesId: m[1] ?? '' })],
  [/^\/sessies\/?$/, () => ({ name: 'sessions' })],
  [/^\/sessies\/([^/]+)\/?$/, (m) => ({ name: 'session', sessionId: m[1] ?? '' })],
  [
    /^\/sessies\/([^/]+)\/inventarisatie\/?$/,
    (m) => ({ name: 'inventory', sessionId: m[1] ?? '' }),
  ],
  [/^\/sessies\/([^/]+)\/live\/?$/, (m) => ({ name: 'live', sessionId: m[1] ?? '' })],
  [/^\/sessies\/([^/]+)\/verslag\/?$/, (m) => ({ name: 'report', sessionId: m[1] ?? '' })],
  [/^\/week\/?$/, () => ({ name: 'week' })],
  [/^\/week\/([^/]+)\/?$/, (m) => ({ name: 'weekEdition', editionId: m[1] ?? '' })],
  [/^\/organisaties\/?$/, () => ({ name: 'organisations' })],
  [/^\/personen\/?$/, () => ({ name: 'people' })],
  [/^\/accounts\/?$/, () => ({ name: 'accounts' })],
  [/^\/wachtwoord\/?$/, () => ({ name: 'password' })],
  [/^\/wachtwoord-vergeten\/?$/, () => ({ name: 'forgotPassword' })],
  [/^\/wachtwoord-herstellen\/?$/, () => ({ name: 'resetPassword' })],
  [/^\/meekijken\/([^/]+)\/?$/, (m) => ({ name: 'share', token: m[1] ?? '' })],
];

/**
 * Reads a browser path ('/beheer/sessies/abc/live') as a route. Paths outside the app and
 * unknown paths are `notFound`; parameters are decoded.
 *
 * @example matchRoute('/beheer/planning') // { name: 'plan' }
 */
export function matchRoute(pathname: string): Route {
  if (pathname !== BASE && !pathname.startsWith(`${BASE}/`)) return { name: 'notFound' };
  const rest = pathname.slice(BASE.length);
  for (const [pattern, build] of table) {
    const m = pattern.exec(rest);
    if (!m) continue;
    try {
      return build(m.map((part) => decodeURIComponent(part)));
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/**
 * Whether a route may be shown without signing in: the participants' read-only
 * "waar zijn we" view, which carries its own token, and the two pages of a forgotten password.
 *
 * @example isPublicRoute({ name: 'share', token }) // true
 */
export function isPublicRoute(route: Route): boolean {
  return (
    route.name === 'share' || route.name === 'forgotPassword' || route.name === 'resetPassword'
  );
}

/**
 * Reads one query parameter as a whole year (e.g. `?jaar=2026`), or the fallback.
 *
 * @example yearParam('?jaar=2026', 2025) // 2026
 */
export function yearParam(search: string, fallback: number): number {
  const raw = new URLSearchParams(search).get('jaar');
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2100 ? year : fallback;
}
