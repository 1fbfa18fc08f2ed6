import { lazy, Suspense, type ComponentType } from 'react';
import type { CurrentUser } from './auth/use-auth';
import { LoadingState } from './common/web-kit';
import { NotFoundPage } from './common/NotFoundPage';
import type { Route } from './routing/routes';

function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

// Every page is its own chunk: the sign-in screen loads none of them, and the charts of the
// dashboard load only there.
const DashboardPage = page(() => import('./dashboard/DashboardPage').then((m) => m.DashboardPage));
const PlanPage = page(() => import('./plan/PlanPage').then((m) => m.PlanPage));
const SeriesNewPage = page(() => import('./plan/SeriesNewPage').then((m) => m.SeriesNewPage));
const SeriesPage = page(() => import('./plan/SeriesPage').then((m) => m.SeriesPage));
const SessionsPage = page(() => import('./sessions/SessionsPage').then((m) => m.SessionsPage));
const SessionEditPage = page(() =>
  import('./sessions/SessionEditPage').then((m) => m.SessionEditPage),
);
const InventoryPage = page(() => import('./inventory/InventoryPage').then((m) => m.InventoryPage));
const LiveRunPage = page(() => import('./live/LiveRunPage').then((m) => m.LiveRunPage));
const ReportEditPage = page(() => import('./report/ReportEditPage').then((m) => m.ReportEditPage));
const WeekPage = page(() => import('./week/WeekPage').then((m) => m.WeekPage));
const WeekEditionPage = page(() => import('./week/WeekEditionPage').then((m) => m.WeekEditionPage));
const OrganisationsPage = page(() =>
  import('./organisations/OrganisationsPage').then((m) => m.OrganisationsPage),
);
const PeoplePage = page(() => import('./people/PeoplePage').then((m) => m.PeoplePage));
const EmbedCodePage = page(() => import('./embed/EmbedCodePage').then((m) => m.EmbedCodePage));
const AccountsPage = page(() => import('./accounts/AccountsPage').then((m) => m.AccountsPage));
const ChangePasswordPage = page(() =>
  import('./auth/ChangePasswordPage').then((m) => m.ChangePasswordPage),
);

function Screen({ route, user }: { route: Route; user: CurrentUser }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'plan':
      return <PlanPage />;
    case 'seriesNew':
      return <SeriesNewPage />;
    case 'series':
      return <SeriesPage seriesId={route.seriesId} />;
    case 'sessions':
      return <SessionsPage />;
    case 'session':
      return <SessionEditPage sessionId={route.sessionId} />;
    case 'inventory':
      return <InventoryPage sessionId={route.sessionId} />;
    case 'live':
      return <LiveRunPage sessionId={route.sessionId} />;
    case 'report':
      return <ReportEditPage sessionId={route.sessionId} />;
    case 'week':
      return <WeekPage />;
    case 'weekEdition':
      return <WeekEditionPage editionId={route.editionId} />;
    case 'organisations':
      return <OrganisationsPage />;
    case 'people':
      return <PeoplePage />;
    case 'embed':
      return <EmbedCodePage />;
    case 'accounts':
      return user.role === 'admin' ? <AccountsPage currentUserId={user.id} /> : <NotFoundPage />;
    case 'password':
      return <ChangePasswordPage />;
    case 'share':
    case 'cue':
    case 'forgotPassword':
    case 'resetPassword':
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** Shows the page of a route (lazily loaded), with a skeleton while its code arrives. */
export function PageSwitch({ route, user }: { route: Route; user: CurrentUser }) {
  return (
    <Suspense fallback={<LoadingState lines={3} />}>
      <Screen route={route} user={user} />
    </Suspense>
  );
}
