import {
  consentLevelLabels,
  dilemmaStatusLabels,
  dilemmaTitle,
  formatDateTime,
  UNCONFIRMED_DILEMMA_HINT,
  UNCONFIRMED_DILEMMA_LABEL,
  type ConsentLevel,
  type DilemmaStatus,
} from '@jamsessie/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/trpc';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { DilemmaEditForm, type DilemmaEdit } from './DilemmaEditForm';
import { HerkenbaarTag } from './HerkenbaarTag';

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
    kop: string | null;
    submittedAt: string;
  };
  currentConsent: ConsentLevel;
  clientNameHint: string | null;
  /** From the public form, its address not confirmed yet (shown as "onbevestigd"). */
  unconfirmed?: boolean;
  /** Earlier wordings, oldest first (coordinators only). */
  earlierWordings: { text: string; followUpQuestions: string[]; replacedAt: string }[];
};

/**
 * One inventoried question: its kop and text, who brought it and with which consent, a
 * warning when it may name a client (with a way to reword it), earlier wordings, the box to
 * choose it, and parking it for another time.
 */
export function DilemmaItem({
  item: { dilemma, currentConsent, clientNameHint, earlierWordings, unconfirmed },
  chosen,
  herkenbaar = 0,
  started,
  busy,
  onToggle,
  onPark,
}: {
  item: InventoryItem;
  chosen: boolean;
  /** How many participants marked it "herkenbaar" before the session. */
  herkenbaar?: number;
  started: boolean;
  busy: boolean;
  onToggle: () => void;
  onPark: (to: 'parked' | 'inventoried') => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const update = useMutation(
    trpc.admin.dilemmas.update.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        setStatus(texts.inventory.edit.saved);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.dilemmas.pathKey() });
      },
    }),
  );
  const save = (edit: DilemmaEdit) => {
    setStatus(null);
    update.mutate({ id: dilemma.id, version: dilemma.version, ...edit });
  };
  const short = dilemma.kop ?? (dilemmaTitle(dilemma.text) || dilemma.text.slice(0, 60));
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
        <HerkenbaarTag count={herkenbaar} />
      </div>
      {editing ? (
        <DilemmaEditForm
          initial={dilemma}
          busy={update.isPending}
          error={update.error}
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {dilemma.kop ? null : <p className="muted small">{texts.inventory.edit.noKop}</p>}
          <p className="dilemma__text">{dilemma.text}</p>
          {dilemma.followUpQuestions.length > 0 ? (
            <ul className="dilemma__followup" aria-label={texts.inventory.followUp}>
              {dilemma.followUpQuestions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              update.reset();
              setEditing(true);
            }}
          >
            {texts.inventory.edit.open}
          </button>
        </>
      )}
      <StatusMessage message={status} />
      {earlierWordings.length > 0 ? (
        <details className="dilemma__earlier">
          <summary>{texts.inventory.edit.earlier(earlierWordings.length)}</summary>
          <p className="muted small">{texts.inventory.edit.earlierNote}</p>
          <ol>
            {earlierWordings.map((w) => (
              <li key={w.replacedAt + w.text}>
                <p>{w.text}</p>
                <p className="item__meta">
                  {texts.inventory.edit.replacedAt(formatDateTime(w.replacedAt))}
                </p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <p className="item__meta">
        {texts.inventory.from(dilemma.ownerName)} ·{' '}
        {texts.inventory.submittedAt(formatDateTime(dilemma.submittedAt))} ·{' '}
        {texts.inventory.consent(consentLevelLabels[currentConsent])}
        {unconfirmed ? (
          <>
            {' · '}
            <strong title={UNCONFIRMED_DILEMMA_HINT}>{UNCONFIRMED_DILEMMA_LABEL}</strong>
          </>
        ) : null}
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
