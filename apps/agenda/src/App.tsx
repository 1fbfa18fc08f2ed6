import { useLocation } from '@jamsessie/web';
import { lazy, Suspense } from 'react';
import { AgendaPage } from './agenda/AgendaPage';
import { ChunkErrorBoundary } from './common/ChunkErrorBoundary';
import { Layout } from './common/Layout';
import { LoadingState } from './common/web-kit';
import { NotFoundPage } from './common/NotFoundPage';
import { pageLoaders } from './pages';
import { matchRoute, type Route } from './routing/routes';

const SessionPage = lazy(() => pageLoaders.session().then((m) => ({ default: m.SessionPage })));
const DilemmaPage = lazy(() => pageLoaders.dilemma().then((m) => ({ default: m.DilemmaPage })));
const WeekListPage = lazy(() => pageLoaders.weekList().then((m) => ({ default: m.WeekListPage })));
const WeekEditionPage = lazy(() =>
  pageLoaders.weekEdition().then((m) => ({ default: m.WeekEditionPage })),
);
const ReportsPage = lazy(() => pageLoaders.reports().then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => pageLoaders.report().then((m) => ({ default: m.ReportPage })));
const TipsPage = lazy(() => pageLoaders.tips().then((m) => ({ default: m.TipsPage })));
const ParticipantsPage = lazy(() =>
  pageLoaders.participants().then((m) => ({ default: m.ParticipantsPage })),
);
const MyDataPage = lazy(() => pageLoaders.myData().then((m) => ({ default: m.MyDataPage })));
const EmbedPage = lazy(() => pageLoaders.embed().then((m) => ({ default: m.EmbedPage })));

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'agenda':
      return <AgendaPage />;
    case 'session':
      return <SessionPage slug={route.slug} />;
    case 'dilemma':
      return <DilemmaPage slug={route.slug} />;
    case 'weekList':
      return <WeekListPage />;
    case 'weekEdition':
      return <WeekEditionPage slug={route.slug} />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage slug={route.slug} />;
    case 'tips':
      return <TipsPage />;
    case 'participants':
      return <ParticipantsPage />;
    case 'myData':
      return <MyDataPage />;
    case 'embed':
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The public agenda: the embeddable view bare, every other page inside the site layout. */
export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  if (route.name === 'embed') {
    return (
      <ChunkErrorBoundary>
        <Suspense
          fallback={
            <main className="embed">
              <LoadingState lines={3} />
            </main>
          }
        >
          <EmbedPage />
        </Suspense>
      </ChunkErrorBoundary>
    );
  }
  return (
    <Layout route={route}>
      <ChunkErrorBoundary key={pathname}>
        <Suspense fallback={<LoadingState lines={4} />}>
          <RouteView route={route} />
        </Suspense>
      </ChunkErrorBoundary>
    </Layout>
  );
}
