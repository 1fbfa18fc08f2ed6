import { texts } from '../texts';

/**
 * The messages that belong to no single field (or a failed request), above the submit
 * button. Rendered as an alert so it is announced when it appears.
 */
export function FormErrorSummary({ messages }: { messages: readonly string[] }) {
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
    </div>
  );
}
