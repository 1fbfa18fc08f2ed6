import { useId, useRef, useState, type FormEvent } from 'react';
import { Field, FormErrorSummary, readApiError } from '../common/web-kit';
import { formProblem } from '../api/form-problem';
import { texts } from '../texts';

type Values = { currentPassword: string; newPassword: string };
type LocalErrors = { currentPassword?: string; newPassword?: string; repeat?: string };

/**
 * The fields of choosing a new password: the current one (when `currentLabel` is given), the
 * new one with the rule as a hint, and the new one again. Empty fields and a different
 * repetition are caught here; the strength verdict (Dutch, from the server) shows next to the
 * new password.
 */
export function PasswordForm({
  currentLabel,
  pending,
  error,
  onSubmit,
}: {
  currentLabel?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: Values) => void;
}) {
  const id = useId();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [local, setLocal] = useState<LocalErrors>({});
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  const problem = formProblem(error, ['currentPassword', 'newPassword']);
  // The server's verdict on a password belongs next to that field, not above the button.
  const { domainCode, message } = readApiError(error);
  const fromServer: LocalErrors = { ...problem.fields };
  if (error && domainCode === 'PASSWORD.TOO_WEAK') fromServer.newPassword = message;
  if (error && domainCode === 'PASSWORD.CURRENT_INVALID') fromServer.currentPassword = message;
  const fields: LocalErrors = { ...fromServer, ...local };
  const shown = new Set(Object.values(fromServer));
  const summary = problem.summary.filter((m) => !shown.has(m));

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (currentLabel && values.currentPassword === '')
      errors.currentPassword = texts.password.currentRequired;
    if (values.newPassword === '') errors.newPassword = texts.password.newRequired;
    else if (values.repeat !== values.newPassword) errors.repeat = texts.password.repeatDifferent;
    setLocal(errors);
    const first = (['currentPassword', 'newPassword', 'repeat'] as const).find((k) => errors[k]);
    if (first) return refs[first].current?.focus();
    onSubmit({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  }

  const set = (change: Partial<typeof values>) => setValues((v) => ({ ...v, ...change }));
  return (
    <form noValidate onSubmit={submit} className="form">
      <FormErrorSummary messages={summary} />
      {currentLabel ? (
        <Field id={`${id}-current`} label={currentLabel} error={fields.currentPassword}>
          <input
            ref={refs.currentPassword}
            type="password"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(e) => set({ currentPassword: e.target.value })}
          />
        </Field>
      ) : null}
      <Field
        id={`${id}-new`}
        label={texts.password.new}
        hint={texts.password.newHint}
        error={fields.newPassword}
      >
        <input
          ref={refs.newPassword}
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => set({ newPassword: e.target.value })}
        />
      </Field>
      <Field id={`${id}-repeat`} label={texts.password.repeat} error={fields.repeat}>
        <input
          ref={refs.repeat}
          type="password"
          autoComplete="new-password"
          value={values.repeat}
          onChange={(e) => set({ repeat: e.target.value })}
        />
      </Field>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? texts.password.saving : texts.password.save}
      </button>
    </form>
  );
}
