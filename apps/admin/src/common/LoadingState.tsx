import { texts } from '../texts';

/**
 * A designed placeholder while data loads: grey blocks in the shape of the content and a
 * status message for screen readers.
 */
export function LoadingState({
  lines = 3,
  label = texts.common.loading,
}: {
  lines?: number;
  label?: string;
}) {
  return (
    <div className="loading" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton" />
      ))}
    </div>
  );
}
