import { texts } from '../texts';
import { AuthShell } from './AuthShell';
import { PasswordForm } from './PasswordForm';
import { useSignOut } from './use-auth';
import { useChangePassword } from './use-change-password';

/**
 * What a coordinator who signed in with a temporary password sees instead of the app: the
 * server refuses everything else until they have chosen their own password.
 */
export function ForcedPasswordChange({ onSignedOut }: { onSignedOut: () => void }) {
  const change = useChangePassword();
  const signOut = useSignOut(onSignedOut);
  return (
    <AuthShell title={texts.password.forcedTitle} lead={texts.password.forcedLead}>
      <PasswordForm
        currentLabel={texts.password.currentTemporary}
        pending={change.isPending}
        error={change.error}
        onSubmit={(values) => change.mutate(values)}
      />
      <p className="signin__help">
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {texts.password.signOut}
        </button>
      </p>
    </AuthShell>
  );
}
