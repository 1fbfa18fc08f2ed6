import { Link } from '@jamsessie/web';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/trpc';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { AuthShell } from './AuthShell';
import { PasswordForm } from './PasswordForm';

/**
 * The page a reset mail links to. The token rides in the URL's fragment (never sent to a
 * server, never in a log or a Referer); it is read once and removed from the address bar.
 */
export function ResetPasswordPage() {
  const trpc = useTRPC();
  const [token] = useState(() => {
    const value = window.location.hash.replace(/^#/, '');
    if (value) window.history.replaceState(window.history.state, '', window.location.pathname);
    return value;
  });
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  return (
    <AuthShell title={texts.password.resetTitle} lead={texts.password.resetLead}>
      {reset.isSuccess ? (
        <p className="notice notice--info" role="status">
          {texts.password.resetDone}
        </p>
      ) : token === '' ? (
        <p className="notice notice--error" role="alert">
          {texts.password.resetMissingToken}
        </p>
      ) : (
        <PasswordForm
          pending={reset.isPending}
          error={reset.error}
          onSubmit={({ newPassword }) => reset.mutate({ token, newPassword })}
        />
      )}
      <p className="signin__help">
        {reset.isSuccess ? (
          <Link href={paths.dashboard()}>{texts.password.toSignIn}</Link>
        ) : (
          <Link href={paths.forgotPassword()}>{texts.password.askNewLink}</Link>
        )}
      </p>
    </AuthShell>
  );
}
