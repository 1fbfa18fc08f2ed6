import { useEffect, useRef } from 'react';
import { texts } from '../texts';

/** A temporary password the server made, with the name of the account it belongs to. */
export type TemporaryPassword = { name: string; password: string };

/**
 * Shows a temporary password once, for the admin to pass on in person. Focus moves here so a
 * screen reader reads it; dismissing it removes the password from the page.
 */
export function TemporaryPasswordNotice({
  temporary,
  onDismiss,
}: {
  temporary: TemporaryPassword;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [temporary]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="notice notice--info"
      aria-labelledby="temporary-password-title"
    >
      <h2 id="temporary-password-title">{texts.accounts.temporaryTitle(temporary.name)}</h2>
      <p>
        <code className="temporary-password" data-testid="temporary-password">
          {temporary.password}
        </code>
      </p>
      <p>{texts.accounts.temporaryExplained}</p>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        {texts.accounts.temporaryDismiss}
      </button>
    </section>
  );
}
