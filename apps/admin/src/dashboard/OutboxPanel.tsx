import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { outboxRowView } from './outbox-row';
import { OutboxMessage } from './OutboxMessage';

/** The newest outgoing e-mails with their status; a failed one can be sent again. */
export function OutboxPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const outbox = useQuery(trpc.admin.outbox.list.queryOptions({ pageSize: 8 }));
  const retry = useMutation(
    trpc.admin.outbox.retry.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.dashboard.retried);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.outbox.pathKey() });
      },
    }),
  );
  return (
    <section className="card" aria-labelledby="outbox-title">
      <h2 id="outbox-title" className="card__title">
        {texts.dashboard.outboxTitle}
      </h2>
      <p className="card__intro">{texts.dashboard.outboxLead}</p>
      {outbox.isPending ? (
        <LoadingState lines={1} />
      ) : outbox.isError ? (
        <ErrorState
          headingLevel={3}
          message={readApiError(outbox.error).message}
          onRetry={() => void outbox.refetch()}
        />
      ) : (
        <>
          <ul className="counts" aria-label={texts.common.status}>
            {Object.entries(outbox.data.counts).map(([key, count]) => (
              <li key={key}>
                <span className="counts__value">{count}</span>{' '}
                {texts.dashboard.outboxStatus[key] ?? key}
              </li>
            ))}
          </ul>
          {outbox.data.items.length === 0 ? (
            <p className="muted">{texts.dashboard.outboxEmpty}</p>
          ) : (
            // Wider than a phone: the table scrolls sideways, so it can take the focus and
            // be scrolled by keyboard.
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label={texts.dashboard.outboxTableLabel}
            >
              <table>
                <caption className="visually-hidden">{texts.dashboard.outboxTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.dashboard.outboxSubject}</th>
                    <th scope="col">{texts.dashboard.outboxTo}</th>
                    <th scope="col">{texts.common.status}</th>
                    <th scope="col">{texts.dashboard.outboxAttempts}</th>
                    <th scope="col">{texts.dashboard.outboxLastError}</th>
                  </tr>
                </thead>
                <tbody>
                  {outbox.data.items.map((m) => {
                    const view = outboxRowView(m);
                    return (
                      <tr key={m.id} data-status={m.status}>
                        <th scope="row">
                          {m.subject}
                          <br />
                          <span className="small muted">{formatDateTime(m.createdAt)}</span>
                          <br />
                          <button
                            type="button"
                            id={`outbox-read-${m.id}`}
                            className="button button--ghost button--small"
                            aria-label={texts.dashboard.readLabel(m.subject)}
                            aria-expanded={reading === m.id}
                            onClick={() => setReading(reading === m.id ? null : m.id)}
                          >
                            {texts.dashboard.read}
                          </button>
                        </th>
                        <td>{m.recipient}</td>
                        <td>
                          {view.status}
                          {view.when ? (
                            <>
                              <br />
                              <span className="small muted">{view.when}</span>
                            </>
                          ) : null}
                          {view.canRetry ? (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              disabled={retry.isPending}
                              onClick={() => retry.mutate({ id: m.id })}
                            >
                              {texts.dashboard.retry}
                            </button>
                          ) : null}
                        </td>
                        <td>{m.attempts}</td>
                        <td className="outbox-error">{view.lastError ?? texts.common.none}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {reading ? (
            <OutboxMessage
              id={reading}
              onClose={() => {
                document.getElementById(`outbox-read-${reading}`)?.focus();
                setReading(null);
              }}
            />
          ) : null}
        </>
      )}
      {retry.isError ? (
        <p className="notice notice--error" role="alert">
          {readApiError(retry.error).message}
        </p>
      ) : null}
      <StatusMessage message={status} />
    </section>
  );
}
