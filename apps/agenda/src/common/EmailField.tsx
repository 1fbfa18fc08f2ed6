import type { ReactNode, Ref } from 'react';
import { Field } from './web-kit';

/** Props of {@link EmailField}. */
export type EmailFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** So a form can move focus here when the address is refused. */
  inputRef?: Ref<HTMLInputElement>;
};

/** One e-mail address, labelled, with the keyboard and autofill a phone should offer. */
export function EmailField({ id, label, hint, error, value, onChange, inputRef }: EmailFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        ref={inputRef}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
