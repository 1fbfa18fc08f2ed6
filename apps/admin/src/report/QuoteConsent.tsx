import { consentAllows, consentLevelLabels, type ConsentLevel } from '@jamsessie/domain';
import { texts } from '../texts';

/**
 * The consent of one quote as recorded now, and the action to record the author's consent to
 * be quoted. Never only a colour: the words say whether it may be published.
 */
export function QuoteConsent({
  id,
  current,
  canRecord,
  reason,
  busy,
  onRecord,
}: {
  id: string;
  current: ConsentLevel;
  canRecord: boolean;
  /** Why consent cannot be recorded yet (no author, unsaved quote), or null. */
  reason: string | null;
  busy: boolean;
  onRecord: () => void;
}) {
  const ok = consentAllows(current, 'quotable');
  return (
    <div className={`consent ${ok ? 'consent--ok' : 'consent--missing'}`} id={id}>
      <p className="consent__status" data-testid="quote-consent">
        <span aria-hidden="true">{ok ? '✓ ' : '⚠ '}</span>
        {ok
          ? texts.report.consentOk(consentLevelLabels[current])
          : texts.report.consentMissing(consentLevelLabels[current], consentLevelLabels.quotable)}
      </p>
      {!ok ? (
        canRecord ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={onRecord}
          >
            {texts.report.giveConsent}
          </button>
        ) : reason ? (
          <p className="small muted">{reason}</p>
        ) : null
      ) : null}
    </div>
  );
}
