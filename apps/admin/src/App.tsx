import { useLocation } from '@jamsessie/web';
import { lazy, Suspense, useState } from 'react';
import { useCurrentUser } from './auth/use-auth';
import { SignInPage } from './auth/SignInPage';
import { ForcedPasswordChange } from './auth/ForcedPasswordChange';
import { ErrorState, LoadingState, readApiError } from './common/web-kit';
import { Layout } from './common/Layout';
import { PageSwitch } from './pages';
import { isPublicRoute, matchRoute } from './routing/routes';
import { texts } from './texts';

const SharePage = lazy(() => import('./share/SharePage').then((m) => ({ default: m.SharePage })));
const CuePage = lazy(() => import('./cue/CuePage').then((m) => ({ default: m.CuePage })));
const ForgotPasswordPage = lazy(() =>
  import('./auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const PublicEmbedCodePage = lazy(() =>
  import('./embed/EmbedCodePage').then((m) => ({ default: m.PublicEmbedCodePage })),
);
const ResetPasswordPage = lazy(() =>
  import('./auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);

/**
 * The app: the public "waar zijn we" view and the pages of a forgotten password need no
 * account; everything else sits behind `auth.me`, and a temporary password shows only the
 * screen to choose one's own. Until it answers nothing else is requested. An anonymous
 * visitor gets the embed-code page on its own path (nothing private there) and the sign-in
 * page on every other path (the path stays, so signing in lands on the page asked for).
 */
export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  if (isPublicRoute(route)) {
    return (
      <Suspense fallback={<LoadingState lines={2} />}>
        {route.name === 'share' ? (
          <SharePage token={route.token} />
        ) : route.name === 'cue' ? (
          <CuePage token={route.token} />
        ) : route.name === 'forgotPassword' ? (
          <ForgotPasswordPage />
        ) : (
          <ResetPasswordPage />
        )}
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
        <LoadingState lines={0} label={texts.auth.checking} />
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
  if (!user && route.name === 'embed' && !signedOut) {
    // The embed code holds nothing private: a visitor from the public agenda gets it too.
    return (
      <Suspense fallback={<LoadingState lines={2} />}>
        <PublicEmbedCodePage />
      </Suspense>
    );
  }
  if (!user) return <SignInPage notice={signedOut ? texts.auth.signedOut : null} />;
  if (user.mustChangePassword)
    return <ForcedPasswordChange onSignedOut={() => setSignedOut(true)} />;
  return (
    <Layout route={route} user={user} onSignedOut={() => setSignedOut(true)}>
      <PageSwitch route={route} user={user} />
    </Layout>
  );
}
