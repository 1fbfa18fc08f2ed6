import { readApiError } from '../../common/web-kit';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MyConsentItem } from '../../api/api-types';
import { useTRPC } from '../../api/trpc';
import { texts } from '../../texts';

const t = texts.myQuotes;

/**
 * One text of the participant's in a report: the exact words, the report, where their consent
 * stands, and the buttons to give or refuse (withdraw) it.
 */
export function MyQuoteItem({ item }: { item: MyConsentItem }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const decide = useMutation(
    trpc.participant.mine.decideConsent.mutationOptions({
      onSuccess: async (_items, input) => {
        setStatus(
          input.decision === 'give' ? t.given : item.status === 'given' ? t.withdrawn : t.refused,
        );
        await queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() });
      },
      onError: (error) => setStatus(readApiError(error).message),
    }),
  );
  const given = item.status === 'given';
  // Refused or withdrawn: refusing again would change nothing.
  const refused = item.status === 'refused' || item.status === 'withdrawn';
  const ref = {
    reportId: item.reportId,
    kind: item.kind,
    subjectId: item.subjectId,
    text: item.text,
  };
  const headingId = `tekst-${item.kind}-${item.subjectId}-${item.reportId}`;
  return (
    <li className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="item__title">
        {item.kindLabel}
      </h3>
      <p className="item__meta">{t.report(item.reportTitle, item.reportPublished)}</p>
      <blockquote>{item.text}</blockquote>
      <p data-testid="consent-status">
        <strong>{t.status(item.statusLabel)}</strong>
        {item.decided ? <span className="small muted"> · {t.decided(item.decided)}</span> : null}
      </p>
      <div className="link-form">
        {given ? null : (
          <button
            type="button"
            className="button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ ...ref, decision: 'give' })}
          >
            {t.give}
          </button>
        )}{' '}
        {refused ? null : (
          <button
            type="button"
            className="button button--secondary"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ ...ref, decision: 'refuse' })}
          >
            {given ? t.withdraw : t.refuse}
          </button>
        )}
      </div>
      {status ? (
        <p role="status" className="small">
          {status}
        </p>
      ) : null}
    </li>
  );
}
