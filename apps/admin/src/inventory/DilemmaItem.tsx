import {
  consentLevelLabels,
  dilemmaStatusLabels,
  dilemmaTitle,
  formatDateTime,
  type ConsentLevel,
  type DilemmaStatus,
} from '@jamsessie/domain';
import { texts } from '../texts';

/** A dilemma of the inventory as `admin.dilemmas.list` returns it. */
export type InventoryItem = {
  dilemma: {
    id: string;
    version: number;
    status: DilemmaStatus;
    position: number | null;
    text: string;
    ownerName: string | null;
    followUpQuestions: string[];
    submittedAt: string;
  };
  currentConsent: ConsentLevel;
  clientNameHint: string | null;
};

/**
 * One inventoried question: the text, who brought it and with which consent, a warning when
 * it may name a client, the box to choose it, and parking it for another time.
 */
export function DilemmaItem({
  item: { dilemma, currentConsent, clientNameHint },
  chosen,
  started,
  busy,
  onToggle,
  onPark,
}: {
  item: InventoryItem;
  chosen: boolean;
  started: boolean;
  busy: boolean;
  onToggle: () => void;
  onPark: (to: 'parked' | 'inventoried') => void;
}) {
  const short = dilemmaTitle(dilemma.text) || dilemma.text.slice(0, 60);
  const choosable = dilemma.status === 'inventoried' || dilemma.status === 'chosen';
  return (
    <li className={`dilemma${chosen ? ' dilemma--chosen' : ''}`}>
      <div className="dilemma__head">
        {choosable && !started ? (
          <label className="check">
            <input
              type="checkbox"
              checked={chosen}
              onChange={onToggle}
              aria-label={texts.inventory.choose(short)}
            />
            <span className="dilemma__title">{short}</span>
          </label>
        ) : (
          <span className="dilemma__title">{short}</span>
        )}
        <span className="tag">{dilemmaStatusLabels[dilemma.status]}</span>
      </div>
      <p className="dilemma__text">{dilemma.text}</p>
      {dilemma.followUpQuestions.length > 0 ? (
        <ul className="dilemma__followup" aria-label={texts.inventory.followUp}>
          {dilemma.followUpQuestions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      ) : null}
      <p className="item__meta">
        {texts.inventory.from(dilemma.ownerName)} ·{' '}
        {texts.inventory.submittedAt(formatDateTime(dilemma.submittedAt))} ·{' '}
        {texts.inventory.consent(consentLevelLabels[currentConsent])}
      </p>
      {clientNameHint ? (
        <p className="notice notice--warn small">
          <strong>{texts.inventory.clientHint}:</strong> {clientNameHint}
        </p>
      ) : null}
      {!started && (dilemma.status === 'inventoried' || dilemma.status === 'parked') ? (
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={busy}
          onClick={() => onPark(dilemma.status === 'parked' ? 'inventoried' : 'parked')}
        >
          {dilemma.status === 'parked' ? texts.inventory.unpark : texts.inventory.park}
        </button>
      ) : null}
    </li>
  );
}
