import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';
import { texts } from '../texts';

/** Props of {@link Field}. The child is the one input, select or textarea it labels. */
export type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  /** A Dutch message from validation or the API, shown right under the field. */
  error?: string | undefined;
  optional?: boolean;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
};

/**
 * A labelled form field with its hint and error wired to the control through
 * `aria-describedby` and `aria-invalid`, so a screen reader reads them with the field.
 */
export function Field({ id, label, hint, error, optional, className, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({texts.common.optional})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
