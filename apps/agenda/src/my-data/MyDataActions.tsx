import { FormErrorSummary, readApiError } from '../common/web-kit';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.myData;

function saveJson(data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'mijn-gegevens-jamsessies.json';
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * "Mijn gegevens downloaden" (the same JSON as the coordinators' export) and "Mij verwijderen"
 * (the coordinators' erasure, after a second, explicit yes).
 */
export function MyDataActions({ onErased }: { onErased: () => void }) {
  const trpc = useTRPC();
  const [asking, setAsking] = useState(false);
  const download = useMutation(
    trpc.participant.mine.export.mutationOptions({ onSuccess: saveJson }),
  );
  const erase = useMutation(trpc.participant.mine.erase.mutationOptions({ onSuccess: onErased }));
  const failure = download.error ?? erase.error;
  return (
    <>
      <section aria-labelledby="download-title" className="panel">
        <h2 id="download-title">{t.downloadTitle}</h2>
        <p>{t.downloadText}</p>
        <button
          type="button"
          className="button button--secondary"
          disabled={download.isPending}
          onClick={() => download.mutate()}
        >
          {t.download}
        </button>
      </section>
      <section aria-labelledby="erase-title" className="panel">
        <h2 id="erase-title">{t.eraseTitle}</h2>
        <p>{t.eraseText}</p>
        {asking ? (
          <div role="group" aria-labelledby="erase-confirm">
            <p id="erase-confirm">
              <strong>{t.eraseConfirm}</strong>
            </p>
            <button
              type="button"
              className="button"
              disabled={erase.isPending}
              onClick={() => erase.mutate({ confirm: true })}
            >
              {t.eraseYes}
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAsking(false)}
            >
              {t.eraseNo}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAsking(true)}
          >
            {t.erase}
          </button>
        )}
      </section>
      {failure ? <FormErrorSummary messages={[readApiError(failure).message]} /> : null}
    </>
  );
}
