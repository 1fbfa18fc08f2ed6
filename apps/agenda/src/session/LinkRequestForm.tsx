import { Email } from '@jamsessie/domain';
import { useEmailForm } from '@jamsessie/web';
import { useId } from 'react';
import { EmailField } from '../common/EmailField';
import { FormErrorSummary, readApiError } from '../common/web-kit';
import { texts } from '../texts';

/** Props of {@link LinkRequestForm}. */
export type LinkRequestFormProps = {
  /** Sends the request (the `forms.requestLink` mutation); rejects with the API's error. */
  onRequest: (email: string) => Promise<unknown>;
};

/**
 * "Vraag de link aan": asks for an e-mail address and lets the server mail the meeting link
 * to eligible people. The link itself never reaches the page, and the confirmation is the
 * same sentence whether or not the address is eligible, so the form reveals nothing about
 * who takes part.
 */
export function LinkRequestForm({ onRequest }: LinkRequestFormProps) {
  const id = useId();
  const emailId = `${id}-email`;
  const { email, setEmail, state, inputRef, submit, reset } = useEmailForm({
    check: (address) => Email.safeParse(address),
    send: onRequest,
    readProblem: readApiError,
  });

  if (state.phase === 'sent') {
    return (
      <div className="link-form">
        <div className="notice notice--success" role="status">
          <p>{texts.linkForm.confirmation}</p>
        </div>
        <button type="button" className="button button--secondary" onClick={reset}>
          {texts.linkForm.again}
        </button>
      </div>
    );
  }

  return (
    <form className="link-form" noValidate onSubmit={submit}>
      <EmailField
        id={emailId}
        label={texts.linkForm.email}
        hint={texts.linkForm.emailHint}
        error={state.fieldError}
        value={email}
        onChange={setEmail}
        inputRef={inputRef}
      />
      <FormErrorSummary messages={state.summary} />
      <button type="submit" className="button" disabled={state.phase === 'sending'}>
        {state.phase === 'sending' ? texts.linkForm.submitting : texts.linkForm.submit}
      </button>
    </form>
  );
}
