import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

/** The newest entries of the audit log: who did what when, never the content. */
export function AuditPanel() {
  const trpc = useTRPC();
  const [before, setBefore] = useState<number[]>([]);
  const beforeId = before.at(-1);
  const audit = useQuery({
    ...trpc.admin.audit.list.queryOptions({ limit: 10, ...(beforeId ? { beforeId } : {}) }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title" className="card__title">
        {texts.dashboard.auditTitle}
      </h2>
      <p className="card__intro">{texts.dashboard.auditLead}</p>
      {audit.isPending ? (
        <LoadingState lines={1} />
      ) : audit.isError ? (
        <ErrorState
          headingLevel={3}
          message={readApiError(audit.error).message}
          onRetry={() => void audit.refetch()}
        />
      ) : audit.data.items.length === 0 ? (
        <p className="muted">{texts.dashboard.auditEmpty}</p>
      ) : (
        <>
          {/* Wider than a phone: the table scrolls sideways, so it takes the focus too. */}
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-label={texts.dashboard.auditTableLabel}
          >
            <table>
              <caption className="visually-hidden">{texts.dashboard.auditTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.dashboard.auditWhen}</th>
                  <th scope="col">{texts.dashboard.auditWho}</th>
                  <th scope="col">{texts.dashboard.auditWhat}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.at)}</td>
                    <td>{entry.actorName ?? texts.dashboard.auditSystem}</td>
                    <td>
                      {texts.dashboard.auditActions[entry.action] ?? <code>{entry.action}</code>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row">
            {before.length > 0 ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setBefore((b) => b.slice(0, -1))}
              >
                {texts.common.back}
              </button>
            ) : null}
            {audit.data.nextBeforeId ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => {
                  const next = audit.data.nextBeforeId;
                  if (next) setBefore((b) => [...b, next]);
                }}
              >
                {texts.dashboard.olderAudit}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
