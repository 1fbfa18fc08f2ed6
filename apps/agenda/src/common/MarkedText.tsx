/** A piece of text from a search answer; `match` marks the words that matched. */
export type MarkedPart = { readonly text: string; readonly match: boolean };

/**
 * Text from a search answer with its matches in `<mark>`. The parts are plain text from the
 * server (never markup), so React escapes every character and nothing can be injected.
 */
export function MarkedText({ parts }: { parts: readonly MarkedPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
