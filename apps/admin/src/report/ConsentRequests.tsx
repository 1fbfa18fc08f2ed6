import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { StatusLine } from '@jamsessie/web';
import { readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.report.consentRequests;

/**
 * Where each author's consent stands for every item of the report (given, refused,
 * "toestemming ingetrokken", text changed, requested, not asked), with "Vraag toestemming":
 * a mail to the author with a link to approve exactly the text as saved.
 */
export function ConsentRequests({ reportId, dirty }: { reportId: string; dirty: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const items = useQuery(trpc.admin.reports.consents.items.queryOptions({ id: reportId }));
  const request = useMutation(
    trpc.admin.reports.consents.request.mutationOptions({
      onSuccess: async () => {
        setStatus(t.requested);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.reports.pathKey() });
      },
      onError: (error) => setStatus(readApiError(error).message),
    }),
  );
  if (!items.data || items.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="consent-requests-title">
      <h2 id="consent-requests-title">{t.title}</h2>
      <p className="small muted">{dirty ? t.saveFirst : t.lead}</p>
      <ul className="consent-requests">
        {items.data.map((item) => (
          <li key={`${item.kind}-${item.subjectId}`} data-testid="consent-item">
            <p>
              {texts.report.gap(texts.report.gapKinds[item.kind], item.excerpt)}:{' '}
              <strong>{item.statusLabel}</strong>
            </p>
            {item.status !== 'given' && item.authorId ? (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={request.isPending || dirty}
                onClick={() => {
                  setStatus(null);
                  request.mutate({ reportId, kind: item.kind, subjectId: item.subjectId });
                }}
              >
                {t.request}
              </button>
            ) : item.authorId ? null : (
              <p className="small muted">{t.noAuthor}</p>
            )}
          </li>
        ))}
      </ul>
      <StatusLine status={status} />
    </section>
  );
}
