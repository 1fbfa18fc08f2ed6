import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';

/** Props of {@link Field}. The child is the one input, select or textarea it labels. */
export type FieldProps = {
  /** The control's id; the label, hint, warning and error are tied to it. */
  id: string;
  /** The visible label. */
  label: string;
  /** A help text under the label, read with the field. */
  hint?: ReactNode;
  /** A Dutch message from validation or the API, shown right under the field. */
  error?: string | undefined;
  /**
   * A softer message (e.g. the client-name hint), announced politely while typing. A field that
   * can warn passes it always (null while quiet): a live region is only heard when it exists
   * before its text arrives.
   */
  warning?: ReactNode;
  /** The word after the label of a field that may stay empty, e.g. 'optioneel'; none when absent. */
  optionalText?: string | undefined;
  /** Extra classes on the field's wrapper (layout in a grid). */
  className?: string | undefined;
  /** The control. */
  children: ReactElement<Record<string, unknown>>;
};

/**
 * A labelled form field with its hint, warning and error wired to the control through
 * `aria-describedby` and `aria-invalid`, so a screen reader reads them with the field.
 */
export function Field({
  id,
  label,
  hint,
  error,
  warning,
  optionalText,
  className,
  children,
}: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [hint ? hintId : null, warning ? warningId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  const classes = ['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optionalText ? <span className="field__optional"> ({optionalText})</span> : null}
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
      {warning === undefined ? null : (
        <div aria-live="polite" className="field__live">
          {warning ? (
            <div className="field__warning" id={warningId}>
              {warning}
            </div>
          ) : null}
        </div>
      )}
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
