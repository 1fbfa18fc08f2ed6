import { texts } from '../texts';

/**
 * The messages that belong to no single field (or a failed request), above the submit
 * button. Rendered as an alert so it is announced when it appears. A conflict gets a button
 * that loads the newest version.
 */
export function FormErrorSummary({
  messages,
  onReload,
}: {
  messages: readonly string[];
  onReload?: (() => void) | undefined;
}) {
  if (messages.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <>
          <p>{texts.common.formSummary}</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      )}
      {onReload ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {texts.common.reloadLatest}
        </button>
      ) : null}
    </div>
  );
}
