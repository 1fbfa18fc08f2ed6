import { CALENDAR_UID_DOMAIN, HttpsUrl } from '@jamsessie/domain';

/**
 * Pages of the public agenda app that feeds link to (its `routing/routes.ts`). One place, so the app's routes and the
 * feeds cannot drift apart unnoticed.
 */
export const publicPaths = {
  session: (slug: string) => `/agenda/${encodeURIComponent(slug)}`,
  report: (slug: string) => `/verslagen/${encodeURIComponent(slug)}`,
  agenda: () => '/',
  reports: () => '/verslagen',
} as const;

/**
 * An https address for a public page, as calendar events require. On a local or plain-http
 * setup (`http://localhost:3000`) there is no https address of our own, so the project's
 * canonical public host stands in: calendar apps then link to the public site.
 *
 * @example httpsPageUrl('https://jamsessie.example', '/agenda/x') // 'https://jamsessie.example/agenda/x'
 */
export function httpsPageUrl(baseUrl: string, path: string): string {
  const own = `${baseUrl}${path}`;
  return HttpsUrl.safeParse(own).success ? own : `https://${CALENDAR_UID_DOMAIN}${path}`;
}
