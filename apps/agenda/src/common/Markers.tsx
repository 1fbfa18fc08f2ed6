import { texts } from '../texts';

/** The clear "Online" marker: a dot and a word, never colour alone. */
export function OnlineMarker() {
  return (
    <span className="marker marker--online">
      <span className="marker__dot" aria-hidden="true" />
      {texts.common.online}
    </span>
  );
}

/** "Gaat niet door" with the reason, when the coordinators gave one. */
export function CancelledMarker({ reason }: { reason: string | null }) {
  return (
    <p className="cancelled">
      <span className="marker marker--cancelled">{texts.common.cancelled}</span>
      {reason ? (
        <span className="cancelled__reason">{texts.common.cancelledReason(reason)}</span>
      ) : null}
    </p>
  );
}

/** A theme or keyword as a small label. */
export function Tag({ children }: { children: string }) {
  return <span className="tag">{children}</span>;
}
