import { formatDateTime } from '@jamsessie/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../api/trpc';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { texts } from '../texts';

const t = texts.dashboard;

/**
 * One outgoing message read as it was sent: recipient, subject, status and the plain text,
 * as the API gives it after the domain's `mailForCoordinator` (others' addresses and the
 * secrets of personal links masked). The heading takes the focus when it opens, so a screen
 * reader lands on it; "Sluiten" gives the focus back to the table (the caller's job).
 */
export function OutboxMessage({ id, onClose }: { id: string; onClose: () => void }) {
  const trpc = useTRPC();
  const message = useQuery(trpc.admin.outbox.read.queryOptions({ id }));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  return (
    <section className="mail-view" aria-labelledby="mail-view-title">
      <h3 id="mail-view-title" ref={heading} tabIndex={-1}>
        {t.readTitle}
      </h3>
      {message.isPending ? (
        <LoadingState lines={3} />
      ) : message.isError ? (
        <ErrorState
          headingLevel={4}
          message={readApiError(message.error).message}
          onRetry={() => void message.refetch()}
        />
      ) : (
        <>
          <dl className="mail-view__head">
            <dt>{t.readTo}</dt>
            <dd>{message.data.recipient}</dd>
            <dt>{t.readSubject}</dt>
            <dd>{message.data.subject}</dd>
            <dt>{t.readStatus}</dt>
            <dd>
              {t.outboxStatus[message.data.status] ?? message.data.status} ·{' '}
              {formatDateTime(message.data.sentAt ?? message.data.createdAt)}
            </dd>
          </dl>
          <p className="small muted">{t.readMasked}</p>
          <pre className="mail-view__body" aria-label={t.readBody} tabIndex={0}>
            {message.data.text}
          </pre>
        </>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onClose}>
        {t.readClose}
      </button>
    </section>
  );
}
