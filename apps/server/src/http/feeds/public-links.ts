/**
 * Pages of the public agenda app that feeds link to (its `routing/routes.ts`). One place, so the app's routes and the
 * feeds cannot drift apart unnoticed.
 */
export const publicPaths = {
  session: (slug: string) => `/agenda/${encodeURIComponent(slug)}`,
  report: (slug: string) => `/verslagen/${encodeURIComponent(slug)}`,
  agenda: () => '/',
  reports: () => '/verslagen',
  tips: () => '/tips',
} as const;
