import {
  COORDINATOR_BASE,
  coordinatorPageOf,
  coordinatorPaths,
  type CoordinatorPage,
} from '@jamsessie/domain';

/** The base path of the coordinators' app on the server. */
export const BASE = COORDINATOR_BASE;

/** Every screen of the app, with the parameters its path carries (the domain's table). */
export type Route = CoordinatorPage | { name: 'notFound' };

/**
 * The path of every screen, so links are never spelled twice.
 *
 * @example paths.live(id) // '/beheer/sessies/<id>/live'
 */
export const paths = coordinatorPaths;

/**
 * Reads a browser path ('/beheer/sessies/abc/live') as a route. Paths outside the app and
 * unknown paths are `notFound`; parameters are decoded.
 *
 * @example matchRoute('/beheer/planning') // { name: 'plan' }
 */
export function matchRoute(pathname: string): Route {
  return coordinatorPageOf(pathname) ?? { name: 'notFound' };
}

/**
 * Whether a route may be shown without signing in: the participants' read-only
 * "waar zijn we" view and person A's private cue screen, which carry their own tokens, and the two pages of a forgotten password.
 *
 * @example isPublicRoute({ name: 'share', token }) // true
 */
export function isPublicRoute(route: Route): boolean {
  return (
    route.name === 'share' ||
    route.name === 'cue' ||
    route.name === 'forgotPassword' ||
    route.name === 'resetPassword'
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
