/** Props of {@link FormErrorSummary}. */
export type FormErrorSummaryProps = {
  /** The messages that belong to no single field; nothing is shown when there are none. */
  messages: readonly string[];
  /** The sentence above several messages, e.g. 'Niet alles is goed ingevuld:'. */
  summaryTitle: string;
  /** Loads the newest version after a stale edit; with it the summary offers a button. */
  onReload?: (() => void) | undefined;
  /** The text of that button, e.g. 'Nieuwste versie laden'. */
  reloadLabel?: string | undefined;
};

/**
 * The messages that belong to no single field (or a failed request), above the submit
 * button. Rendered as an alert so it is announced when it appears. A conflict gets a button
 * that loads the newest version.
 */
export function FormErrorSummary({
  messages,
  summaryTitle,
  onReload,
  reloadLabel,
}: FormErrorSummaryProps) {
  if (messages.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <>
          <p>{summaryTitle}</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      )}
      {onReload && reloadLabel ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {reloadLabel}
        </button>
      ) : null}
    </div>
  );
}
