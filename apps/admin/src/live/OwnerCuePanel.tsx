import { readApiError } from '../common/web-kit';
import { useMutation, useQuery } from '@tanstack/react-query';
import { currentStep, ownerCallName, type ProtocolState } from '@jamsessie/domain';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

/** How often the facilitator's screen looks whether A is back or wrote something. */
const CUES_POLL_MS = 1000;

/**
 * The private cue of the current dilemma's owner (person A): a personal link as QR code and
 * as text to paste in the meeting chat, "A is klaar" once A tapped "Ik ben terug", and what A
 * jotted down while away (A's take-aways for step 3, with A's consent for the report).
 */
export function OwnerCuePanel({ sessionId, state }: { sessionId: string; state: ProtocolState }) {
  const trpc = useTRPC();
  const step = currentStep(state);
  const cues = useQuery({
    ...trpc.admin.protocol.cues.queryOptions({ sessionId }),
    refetchInterval: CUES_POLL_MS,
  });
  const make = useMutation(trpc.admin.protocol.cueLink.mutationOptions());
  const [qr, setQr] = useState<string | null>(null);
  const link = make.data ? `${window.location.origin}${make.data.path}` : null;
  useEffect(() => {
    if (!link) return;
    void QRCode.toDataURL(link, { margin: 1, width: 220 }).then(setQr);
  }, [link]);
  if (!step) return null;
  const t = texts.live.ownerCue;
  const name = ownerCallName(step.dilemma);
  const cue = cues.data?.find((c) => c.dilemmaId === step.dilemma.dilemmaId);
  const shownLink = make.variables?.dilemmaId === step.dilemma.dilemmaId ? link : null;
  return (
    <section className="owner-cue" aria-labelledby="owner-cue-title">
      <h2 id="owner-cue-title">{t.title}</h2>
      {cue?.back ? (
        <p className="owner-cue__ready" role="status" data-testid="owner-ready">
          {t.ready(name)}
        </p>
      ) : null}
      {cue && cue.notes.trim() !== '' ? (
        <div className="owner-cue__notes" data-testid="owner-notes">
          <h3>{t.notesTitle(name)}</h3>
          <p>{cue.notes}</p>
          <p className="owner-cue__consent">
            {cue.consent === 'quotable' ? t.quotable : t.private}
          </p>
        </div>
      ) : null}
      <p className="owner-cue__hint">{t.hint}</p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={make.isPending}
        onClick={() => make.mutate({ sessionId, dilemmaId: step.dilemma.dilemmaId })}
      >
        {cue ? t.remake : t.make}
      </button>
      {make.isError ? (
        <p className="notice notice--error" role="alert">
          {readApiError(make.error).message}
        </p>
      ) : null}
      {shownLink ? (
        <div className="owner-cue__link">
          {qr ? <img src={qr} width={220} height={220} alt={t.qr(name)} /> : null}
          <label htmlFor="owner-cue-link">{t.linkLabel}</label>
          <input id="owner-cue-link" readOnly value={shownLink} data-testid="owner-cue-link" />
        </div>
      ) : null}
    </section>
  );
}
