import type { FormEvent, ReactNode, Ref } from 'react';
import { Field } from '../common/web-kit';
import { enterAdds } from './enter-adds';

/** One line of a panel's list: a tag (kind, consent) and the text. */
export type QuickAddItem = { id: string; tag: string; text: string };

/**
 * A panel of short texts added during the session (the facilitator's notes, the closing
 * reactions): its heading, what was added so far, and the form that adds the next one.
 */
export function QuickAddPanel({
  id,
  title,
  emptyText,
  testId,
  items,
  onAdd,
  children,
}: {
  id: string;
  title: string;
  emptyText: string;
  /** The list's `data-testid`, for the browser tests. */
  testId: string;
  items: readonly QuickAddItem[];
  onAdd: () => void;
  /** The form's fields and button. */
  children: ReactNode;
}) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onAdd();
  }
  return (
    <section className="notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="notes__title">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="notes__empty">{emptyText}</p>
      ) : (
        <ul className="notes__list" data-testid={testId}>
          {items.map((item) => (
            <li key={item.id}>
              <span className="tag">{item.tag}</span> {item.text}
            </li>
          ))}
        </ul>
      )}
      <form className="notes__form" onSubmit={submit} noValidate>
        {children}
      </form>
    </section>
  );
}

/** The text field of a {@link QuickAddPanel}: Enter adds, Shift+Enter starts a new line. */
export function QuickAddText({
  id,
  label,
  hint,
  error,
  value,
  fieldRef,
  onChange,
  onAdd,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  fieldRef: Ref<HTMLTextAreaElement>;
  onChange: (value: string) => void;
  onAdd: () => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        ref={fieldRef}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(event) => {
          if (!enterAdds(event)) return;
          event.preventDefault();
          onAdd();
        }}
      />
    </Field>
  );
}

/**
 * The text that returns to the field when adding failed: the unsaved text first, then
 * whatever was typed since, so nothing is lost.
 *
 * @example unsavedText('Tip één', 'Tip tw') // 'Tip één\nTip tw'
 */
export function unsavedText(sent: string, typedSince: string): string {
  const since = typedSince.trim();
  return since === '' ? sent : `${sent}\n${since}`;
}
