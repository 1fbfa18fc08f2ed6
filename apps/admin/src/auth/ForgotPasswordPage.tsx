import { Link } from '@jamsessie/web';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { FormErrorSummary } from '../common/web-kit';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { AccountEmailField, AuthSubmitButton } from './AccountEmailField';
import { AuthShell } from './AuthShell';

/**
 * "Wachtwoord vergeten": asks for a reset link by mail. The answer is the same for every
 * address, so the page never tells whether an address has an account.
 */
export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const id = useId();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const problem = formProblem(request.error, ['email']);
  const emailError = missing ? texts.auth.emailRequired : problem.fields['email'];

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = email.trim() === '';
    setMissing(empty);
    if (empty) return emailRef.current?.focus();
    request.mutate({ email: email.trim() });
  }

  return (
    <AuthShell title={texts.password.forgotTitle} lead={texts.password.forgotLead}>
      {request.isSuccess ? (
        <p className="notice notice--info" role="status">
          {texts.password.forgotSent(request.variables.email)}
        </p>
      ) : (
        <form noValidate onSubmit={submit} className="form">
          <FormErrorSummary messages={request.isError && !emailError ? problem.summary : []} />
          <AccountEmailField
            id={`${id}-email`}
            error={emailError}
            value={email}
            onChange={setEmail}
            inputRef={emailRef}
          />
          <AuthSubmitButton
            pending={request.isPending}
            label={texts.password.forgotSubmit}
            pendingLabel={texts.password.forgotSubmitting}
          />
        </form>
      )}
      <p className="signin__help">
        <Link href={paths.dashboard()}>{texts.password.toSignIn}</Link>
      </p>
    </AuthShell>
  );
}
