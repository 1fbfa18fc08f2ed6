/** Props of {@link ErrorState}. */
export type ErrorStateProps = {
  /** The title above the message, e.g. 'Dit lukte niet'. */
  title: string;
  /** What went wrong, in plain Dutch. */
  message: string;
  /** The text of the retry button (shown only with `onRetry`). */
  retryLabel: string;
  /** Tries again (refetch, reload); without it there is no button. */
  onRetry?: (() => void) | undefined;
  /**
   * The level of the title's heading: one below the heading of the part that failed (2 for a
   * page under its h1, 3 for a panel under an h2), so the headings stay in order.
   */
  headingLevel?: 2 | 3 | 4;
};

/**
 * A failure of a page or panel: a heading (so people who navigate by headings find it), what
 * went wrong, and a way to try again. An alert, so it is announced when it appears.
 */
export function ErrorState({
  title,
  message,
  retryLabel,
  onRetry,
  headingLevel = 2,
}: ErrorStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="notice notice--error" role="alert">
      <Heading className="notice__title">{title}</Heading>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
