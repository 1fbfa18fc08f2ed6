import { lazy, Suspense, useState } from 'react';
import { useCurrentUser } from './auth/use-auth';
import { SignInPage } from './auth/SignInPage';
import { ErrorState } from './common/ErrorState';
import { Layout } from './common/Layout';
import { LoadingState } from './common/LoadingState';
import { readApiError } from './api/api-errors';
import { PageSwitch } from './pages';
import { useLocation } from './routing/history';
import { isPublicRoute, matchRoute } from './routing/routes';
import { texts } from './texts';

const SharePage = lazy(() => import('./share/SharePage').then((m) => ({ default: m.SharePage })));

/**
 * The app: the public "waar zijn we" view needs no account; everything else sits behind
 * `auth.me`. Until it answers nothing else is requested, and an anonymous visitor gets the
 * sign-in page on every path (the path stays, so signing in lands on the page asked for).
 */
export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  if (isPublicRoute(route) && route.name === 'share') {
    return (
      <Suspense fallback={<LoadingState />}>
        <SharePage token={route.token} />
      </Suspense>
    );
  }
  return <SignedInApp />;
}

function SignedInApp() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const { user, isPending, error, refetch } = useCurrentUser();
  const [signedOut, setSignedOut] = useState(false);
  if (isPending) {
    return (
      <main className="splash" id="inhoud">
        <LoadingState lines={1} label={texts.auth.checking} />
      </main>
    );
  }
  if (error) {
    return (
      <main className="splash" id="inhoud">
        <h1 className="visually-hidden">{texts.auth.title}</h1>
        <ErrorState message={readApiError(error).message} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!user) return <SignInPage notice={signedOut ? texts.auth.signedOut : null} />;
  return (
    <Layout route={route} user={user} onSignedOut={() => setSignedOut(true)}>
      <PageSwitch route={route} user={user} />
    </Layout>
  );
}
