/** Props of {@link StatusLine}. */
export type StatusLineProps = {
  /** What just happened, e.g. 'Opgeslagen.'; nothing is rendered while it is empty. */
  status: string | null | undefined;
};

/**
 * The short line that tells screen-reader and sighted users what an action did, in a polite
 * live region (`role="status"`), rendered only while there is something to say.
 *
 * @example <StatusLine status={status} />
 */
export function StatusLine({ status }: StatusLineProps) {
  return status ? (
    <p role="status" className="small">
      {status}
    </p>
  ) : null;
}
