import { clientNameHintLabels, type ClientNameFieldHit } from '@jamsessie/domain';
import { texts } from '../texts';

/**
 * The passages of a report that may identify a client, each with a button to mark it "geen
 * cliëntgegeven" (the server records who and when). Publishing is refused while any remain.
 */
export function ClientNameHits({
  hits,
  busy,
  onClear,
}: {
  hits: readonly ClientNameFieldHit[];
  busy: boolean;
  onClear: (key: string) => void;
}) {
  if (hits.length === 0) return null;
  return (
    <section className="notice notice--warn" aria-labelledby="hits-title">
      <h2 id="hits-title" className="notice__title">
        {texts.report.hitsTitle}
      </h2>
      <p>{texts.report.hitsLead}</p>
      <ul>
        {hits.map((hit) => (
          <li key={hit.key}>
            {texts.report.hit(hit.label, clientNameHintLabels[hit.kind], hit.match, hit.snippet)}{' '}
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy}
              onClick={() => onClear(hit.key)}
            >
              {texts.report.clearHit(hit.match)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
