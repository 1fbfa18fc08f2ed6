import { Email } from '@jamsessie/domain';
import { emailFormProblem } from '@jamsessie/web';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTRPC } from '../api/trpc';
import { EmailField } from '../common/EmailField';
import { FormErrorSummary, readApiError } from '../common/web-kit';
import { texts } from '../texts';

const t = texts.myData;

/**
 * "Stuur mij een link": asks for an address and lets the server mail a one-time link. The
 * answer is the same sentence for every address, so the form reveals nothing.
 */
export function SignInForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.participant.requestSignIn.mutationOptions());
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<{ fieldError?: string | undefined; summary: string[] }>({
    summary: [],
  });
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = Email.safeParse(email);
    if (!parsed.success) {
      setProblem({ fieldError: parsed.error.issues[0]?.message, summary: [] });
      inputRef.current?.focus();
      return;
    }
    setProblem({ summary: [] });
    try {
      await request.mutateAsync({ email: parsed.data });
      setSent(true);
    } catch (error) {
      const next = emailFormProblem(readApiError(error));
      setProblem(next);
      if (next.fieldError) inputRef.current?.focus();
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t.signInTitle}</h2>
      {sent ? (
        <div className="link-form">
          <div className="notice notice--success" role="status">
            <p>{t.sent}</p>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setEmail('');
              setSent(false);
            }}
          >
            {t.again}
          </button>
        </div>
      ) : (
        <form className="link-form" noValidate onSubmit={(event) => void submit(event)}>
          <EmailField
            id={`${id}-email`}
            label={t.email}
            hint={t.emailHint}
            error={problem.fieldError}
            value={email}
            onChange={setEmail}
            inputRef={inputRef}
          />
          <FormErrorSummary messages={problem.summary} />
          <button type="submit" className="button" disabled={request.isPending}>
            {request.isPending ? t.submitting : t.submit}
          </button>
        </form>
      )}
    </section>
  );
}
