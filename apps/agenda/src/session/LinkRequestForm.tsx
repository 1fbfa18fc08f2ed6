import { Email } from '@jamsessie/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { EmailField, emailFormProblem } from '../common/EmailField';
import { FormErrorSummary } from '../common/FormErrorSummary';
import { texts } from '../texts';

/** Props of {@link LinkRequestForm}. */
export type LinkRequestFormProps = {
  /** Sends the request (the `forms.requestLink` mutation); rejects with the API's error. */
  onRequest: (email: string) => Promise<unknown>;
};

type State = { phase: 'idle' | 'sending' | 'sent'; fieldError?: string; summary: string[] };

/**
 * "Vraag de link aan": asks for an e-mail address and lets the server mail the meeting link
 * to eligible people. The link itself never reaches the page, and the confirmation is the
 * same sentence whether or not the address is eligible, so the form reveals nothing about
 * who takes part.
 */
export function LinkRequestForm({ onRequest }: LinkRequestFormProps) {
  const id = useId();
  const emailId = `${id}-email`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [state, setState] = useState<State>({ phase: 'idle', summary: [] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = Email.safeParse(email);
    if (!parsed.success) {
      setState({
        phase: 'idle',
        fieldError: parsed.error.issues[0]?.message ?? texts.common.unknownError,
        summary: [],
      });
      inputRef.current?.focus();
      return;
    }
    setState({ phase: 'sending', summary: [] });
    try {
      await onRequest(parsed.data);
      setState({ phase: 'sent', summary: [] });
    } catch (error) {
      const { fieldError, summary } = emailFormProblem(error);
      setState({ phase: 'idle', fieldError, summary });
      if (fieldError) inputRef.current?.focus();
    }
  }

  if (state.phase === 'sent') {
    return (
      <div className="link-form">
        <div className="notice notice--success" role="status">
          <p>{texts.linkForm.confirmation}</p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setEmail('');
            setState({ phase: 'idle', summary: [] });
          }}
        >
          {texts.linkForm.again}
        </button>
      </div>
    );
  }

  return (
    <form className="link-form" noValidate onSubmit={(event) => void submit(event)}>
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
