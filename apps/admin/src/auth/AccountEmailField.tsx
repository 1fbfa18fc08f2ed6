import type { Ref } from 'react';
import { Field } from '../common/web-kit';
import { texts } from '../texts';

/**
 * The address of a coordinator's account, as the sign-in and the forgotten-password page ask
 * for it: the browser's password manager knows it as the user name.
 */
export function AccountEmailField({
  id,
  error,
  value,
  onChange,
  inputRef,
}: {
  id: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** So the page can move the focus here when the address is missing. */
  inputRef: Ref<HTMLInputElement>;
}) {
  return (
    <Field id={id} label={texts.auth.email} error={error}>
      <input
        ref={inputRef}
        type="email"
        name="email"
        autoComplete="username"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** The wide submit button of the screens outside the app, which says when it is busy. */
export function AuthSubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button type="submit" className="button button--primary button--wide" disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
