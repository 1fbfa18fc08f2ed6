import type { ReactNode, Ref } from 'react';
import { readApiError, splitFieldErrors } from '../api/api-errors';
import { Field } from './Field';

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

/** Where an API refusal of an e-mail form is shown: under the field, or in the summary. */
export type EmailFormProblem = { fieldError: string | undefined; summary: string[] };

/**
 * Splits the API's answer to an e-mail form: a complaint about `email` goes under the field,
 * everything else (or the general message when nothing is specific) into the summary.
 *
 * @example const { fieldError, summary } = emailFormProblem(error);
 */
export function emailFormProblem(error: unknown): EmailFormProblem {
  const problem = readApiError(error);
  const { fields, rest } = splitFieldErrors(problem.fieldErrors, {}, ['email']);
  const summary = fields.email || rest.length > 0 ? rest : [problem.message];
  return { fieldError: fields.email, summary };
}
