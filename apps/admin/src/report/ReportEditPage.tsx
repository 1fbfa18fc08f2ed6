import { isNotFound } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeader } from '../common/PageHeader';
import { texts } from '../texts';
import { ReportEditor } from './ReportEditor';

/**
 * The report of a session: a draft made from the run, edited in a form, tagged, each quote's
 * consent shown and recordable, published only when every quote has consent.
 */
export function ReportEditPage({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useQuery(trpc.admin.sessions.get.queryOptions({ id: sessionId }));
  const reports = useQuery(trpc.admin.reports.list.queryOptions({ sessionId }));
  const [generation, setGeneration] = useState(0);
  const draft = useMutation(
    trpc.admin.reports.draftFromRun.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.reports.pathKey() }),
    }),
  );
  if (session.isPending || reports.isPending) return <LoadingState lines={5} />;
  const failed = session.error ?? reports.error;
  if (failed) {
    if (isNotFound(failed)) return <NotFoundPage />;
    return (
      <ErrorState message={readApiError(failed).message} onRetry={() => void reports.refetch()} />
    );
  }
  if (!session.data || !reports.data) return <LoadingState lines={5} />;
  const title = session.data.session.title;
  const report = reports.data.items[0];
  if (!report) {
    return (
      <div className="page">
        <PageHeader
          eyebrow={texts.report.eyebrow(title)}
          title={texts.report.noneTitle}
          lead={texts.report.noneLead}
        />
        {draft.isError ? (
          <p className="notice notice--error" role="alert">
            {readApiError(draft.error).message}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--primary"
          disabled={draft.isPending}
          onClick={() => draft.mutate({ sessionId })}
        >
          {draft.isPending ? texts.report.drafting : texts.report.draft}
        </button>
      </div>
    );
  }
  return (
    <ReportEditor
      key={`${report.id}-${generation}`}
      reportId={report.id}
      sessionId={sessionId}
      sessionTitle={title}
      onReload={() => setGeneration((g) => g + 1)}
    />
  );
}
