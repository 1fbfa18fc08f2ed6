/**
 * A polite live region for the result of an action ("Opgeslagen."). It is always rendered,
 * so screen readers announce the text when it changes.
 */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p className="status-message" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}
