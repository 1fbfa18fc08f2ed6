import { isNotFound, Link } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  formatSessionTime,
  hasSessionBegun,
  PARTICIPANTS_ANCHOR,
  protocolPhaseLabels,
  reportStatusLabels,
  type SessionUpdate,
} from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import type { SessionDetail } from '../api/api-types';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeader } from '../common/PageHeader';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { CancelSessionDialog } from './CancelSessionDialog';
import { ContactsPanel } from './ContactsPanel';
import { SessionForm } from './SessionForm';
import { StatusTag } from './StatusTag';
import { useScrollToAnchor } from '../common/use-scroll-to-anchor';

/** One session: edit it (with its version), cancel it with a reason, and go to its work. */
export function SessionEditPage({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.admin.sessions.get.queryOptions({ id: sessionId }));
  const themes = useQuery(trpc.catalogue.themes.queryOptions());
  if (detail.isPending || themes.isPending) return <LoadingState lines={5} />;
  if (detail.isError) {
    if (isNotFound(detail.error)) return <NotFoundPage />;
    return (
      <ErrorState
        message={readApiError(detail.error).message}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  return (
    <SessionEditor
      detail={detail.data}
      themes={(themes.data ?? []).map((t) => ({ id: t.id, label: t.label }))}
    />
  );
}

function SessionEditor({
  detail,
  themes,
}: {
  detail: SessionDetail;
  themes: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { session, series, run, reports } = detail;
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.sessions.pathKey() });
  const update = useMutation(
    trpc.admin.sessions.update.mutationOptions({
      // A meeting link (or its ID or passcode) in the text: saved, with the server's warning.
      onSuccess: async (result) => {
        setSaved(result.linkWarning ?? texts.sessions.saved);
        await refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.admin.sessions.cancel.mutationOptions({
      onSuccess: async () => {
        setCancelOpen(false);
        setSaved(texts.sessions.cancelled);
        await refresh();
      },
    }),
  );
  const markHeld = useMutation(
    trpc.admin.sessions.markHeld.mutationOptions({ onSuccess: () => refresh() }),
  );
  const report = reports[0];
  const started = hasSessionBegun(session, new Date().toISOString());
  const participantsRef = useScrollToAnchor<HTMLElement>(PARTICIPANTS_ANCHOR);

  return (
    <div className="page">
      <PageHeader
        eyebrow={texts.sessions.editEyebrow}
        title={session.title}
        lead={`${formatSessionTime(session.startsAt, session.endsAt)} · ${texts.sessions.editLead(series?.title ?? null)}`}
        actions={
          session.status === 'planned' ? (
            <>
              {started ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => markHeld.mutate({ id: session.id, version: session.version })}
                  disabled={markHeld.isPending}
                >
                  {texts.sessions.markHeld}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  cancel.reset();
                  setCancelOpen(true);
                }}
              >
                {texts.sessions.cancelTitle}
              </button>
            </>
          ) : null
        }
      />
      {session.status === 'cancelled' ? (
        <p className="notice notice--warn">
          {texts.sessions.cancelledNotice(session.cancellationReason)}
        </p>
      ) : session.status === 'held' ? (
        <p className="notice notice--ok">{texts.sessions.heldNotice}</p>
      ) : null}
      {markHeld.isError ? (
        <p className="notice notice--error" role="alert">
          {readApiError(markHeld.error).message}
        </p>
      ) : null}
      <div className="layout-aside">
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title" className="card__title">
            {texts.common.edit}
          </h2>
          <SessionForm
            key={generation}
            session={session}
            themes={themes}
            saving={update.isPending}
            error={update.error}
            savedMessage={saved}
            onSave={(changes: SessionUpdate) => {
              setSaved(null);
              update.mutate(changes);
            }}
            onReload={() => {
              update.reset();
              void refresh().then(() => setGeneration((g) => g + 1));
            }}
          />
        </section>
        <aside className="card" aria-labelledby="work-title">
          <h2 id="work-title" className="card__title">
            {texts.sessions.workTitle}
          </h2>
          <p>
            <StatusTag status={session.status} />
          </p>
          <p className="muted">
            {run ? texts.sessions.runPhase(protocolPhaseLabels[run.phase]) : texts.sessions.noRun}
            <br />
            {report
              ? texts.sessions.reportStatus(reportStatusLabels[report.status])
              : texts.sessions.noReport}
          </p>
          <div className="stack-links">
            <Link className="button button--secondary" href={paths.inventory(session.id)}>
              {texts.sessions.inventory}
            </Link>
            <Link className="button button--primary" href={paths.live(session.id)}>
              {texts.sessions.live}
            </Link>
            <Link className="button button--secondary" href={paths.report(session.id)}>
              {texts.sessions.report}
            </Link>
          </div>
          {series ? (
            <p className="small muted">
              {texts.sessions.linkNote}{' '}
              <Link href={paths.series(series.id)}>{texts.sessions.toSeries}</Link>
            </p>
          ) : null}
        </aside>
      </div>
      <section
        ref={participantsRef}
        tabIndex={-1}
        className="card"
        id={PARTICIPANTS_ANCHOR}
        aria-labelledby="contacts-title"
      >
        <h2 id="contacts-title" className="card__title">
          {texts.contacts.title}
        </h2>
        {session.status === 'cancelled' ? (
          <p className="muted">{texts.contacts.cancelled}</p>
        ) : detail.attendanceOpen ? (
          <>
            <p className="card__intro">{texts.contacts.lead}</p>
            <ContactsPanel sessionId={session.id} />
          </>
        ) : (
          <p className="muted">{texts.contacts.notYet}</p>
        )}
      </section>
      <CancelSessionDialog
        open={cancelOpen}
        busy={cancel.isPending}
        error={cancel.error}
        onClose={() => setCancelOpen(false)}
        onConfirm={(reason) => cancel.mutate({ id: session.id, version: session.version, reason })}
      />
    </div>
  );
}
