import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';

/** Props of {@link Field}. The child is the one input, select or textarea it labels. */
export type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  /** A Dutch message from validation or the API, shown right under the field. */
  error?: string | undefined;
  /** A softer message (e.g. the client-name hint), announced politely while typing. */
  warning?: ReactNode;
  optional?: boolean;
  children: ReactElement<Record<string, unknown>>;
};

/**
 * A labelled form field with its hint, warning and error wired to the control through
 * `aria-describedby` and `aria-invalid`, so a screen reader reads them with the field.
 */
export function Field({ id, label, hint, error, warning, optional, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [hint ? hintId : null, warning ? warningId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optioneel)</span> : null}
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
      <div aria-live="polite" className="field__live">
        {warning ? (
          <div className="field__warning" id={warningId}>
            {warning}
          </div>
        ) : null}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
