import { texts } from '../texts';

/** A failure of a page or panel: what went wrong in plain Dutch, and a way to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{texts.common.errorTitle}</p>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {texts.common.retry}
        </button>
      ) : null}
    </div>
  );
}
