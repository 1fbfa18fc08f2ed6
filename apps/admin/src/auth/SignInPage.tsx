import { Link } from '@jamsessie/web';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { AccountEmailField, AuthSubmitButton } from './AccountEmailField';
import { AuthShell } from './AuthShell';
import { paths } from '../routing/routes';
import { texts } from '../texts';

type LocalErrors = { email?: string; password?: string };

function checkLocally(email: string, password: string): LocalErrors {
  const errors: LocalErrors = {};
  if (email.trim() === '') errors.email = texts.auth.emailRequired;
  if (password === '') errors.password = texts.auth.passwordRequired;
  return errors;
}

/**
 * The only screen an anonymous visitor sees: e-mail and password. The server sets an
 * HTTP-only session cookie; the app only learns who signed in.
 */
export function SignInPage({ notice }: { notice?: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<LocalErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (result) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user: result.user });
      },
    }),
  );
  const problem = formProblem(login.error, ['email', 'password']);
  const fields = { ...problem.fields, ...local };

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = checkLocally(email, password);
    setLocal(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <AuthShell title={texts.auth.title} lead={texts.auth.intro}>
      {notice ? (
        <p className="notice notice--info" role="status">
          {notice}
        </p>
      ) : null}
      <form noValidate onSubmit={submit} className="form">
        <FormErrorSummary
          messages={login.isError && !fields.email && !fields.password ? problem.summary : []}
        />
        <AccountEmailField
          id={`${id}-email`}
          error={fields.email}
          value={email}
          onChange={setEmail}
          inputRef={emailRef}
        />
        <Field id={`${id}-password`} label={texts.auth.password} error={fields.password}>
          <input
            ref={passwordRef}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <AuthSubmitButton
          pending={login.isPending}
          label={texts.auth.submit}
          pendingLabel={texts.auth.submitting}
        />
      </form>
      <p className="signin__help">
        <Link href={paths.forgotPassword()}>{texts.password.forgotLink}</Link>
      </p>
      <p className="signin__help">{texts.auth.forgot}</p>
    </AuthShell>
  );
}
