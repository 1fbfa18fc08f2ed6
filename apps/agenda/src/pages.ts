import type { Route } from './routing/routes';

/**
 * The secondary pages, each its own chunk (code-split), so the agenda's first view ships
 * little JavaScript. `main.tsx` starts the download of the first route's chunk at once,
 * in parallel with its data.
 */
export const pageLoaders = {
  session: () => import('./session/SessionPage'),
  dilemma: () => import('./dilemma/DilemmaPage'),
  weekList: () => import('./week/WeekListPage'),
  weekEdition: () => import('./week/WeekEditionPage'),
  reports: () => import('./reports/ReportsPage'),
  report: () => import('./reports/ReportPage'),
  tips: () => import('./tips/TipsPage'),
  participants: () => import('./participants/ParticipantsPage'),
  myData: () => import('./my-data/MyDataPage'),
  embed: () => import('./embed/EmbedPage'),
} satisfies Partial<Record<Route['name'], () => Promise<unknown>>>;

/** Starts loading a route's chunk early (no-op for the pages in the main bundle). */
export function preloadPage(route: Route): void {
  const load = (pageLoaders as Partial<Record<Route['name'], () => Promise<unknown>>>)[route.name];
  void load?.();
}
