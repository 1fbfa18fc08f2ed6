import { texts } from '../texts';

/**
 * A designed placeholder while a page loads: grey blocks in the shape of the content, and a
 * status message for screen readers. `lines` sets how many blocks.
 */
export function LoadingState({
  lines = 4,
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
      <div className="skeleton skeleton--title" />
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton skeleton--card" />
      ))}
    </div>
  );
}
