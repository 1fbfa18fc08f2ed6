/** Props of {@link LoadingState}. */
export type LoadingStateProps = {
  /** What screen readers hear while waiting, e.g. 'Bezig met laden…'. */
  label: string;
  /** How many content blocks follow the title block. */
  lines?: number | undefined;
};

/**
 * A designed placeholder while data loads: grey blocks in the shape of the content (a title,
 * then `lines` blocks) and a status message for screen readers.
 */
export function LoadingState({ label, lines = 3 }: LoadingStateProps) {
  return (
    <div className="loading" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      <div className="skeleton skeleton--title" />
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton skeleton--card" />
      ))}
    </div>
  );
}
