import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  consentLookupFrom,
  formatDateTime,
  reportStatusLabels,
  type ConsentLevel,
  publicPaths,
} from '@jamsessie/domain';
import { useState, type FormEvent } from 'react';
import { ErrorState, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import type { Outputs } from '../api/api-types';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { ClientNameHits } from './ClientNameHits';
import { ConsentRequests } from './ConsentRequests';
import { ReportFields } from './ReportFields';
import { isDirty, reportDraftOf, reportUpdateOf, type ReportDraft } from './report-form';

type ReportDetail = Outputs['admin']['reports']['get'];
type Option = { id: string; label: string };

/** Loads what the report editor needs: the report, its consents, the owners and the tags. */
export function ReportEditor(props: {
  reportId: string;
  sessionId: string;
  sessionTitle: string;
  onReload: () => void;
}) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.admin.reports.get.queryOptions({ id: props.reportId }));
  const consents = useQuery(
    trpc.admin.reports.consents.ofReport.queryOptions({ id: props.reportId }),
  );
  const dilemmas = useQuery(trpc.admin.dilemmas.list.queryOptions({ sessionId: props.sessionId }));
  const themes = useQuery(trpc.catalogue.themes.queryOptions());
  const keywords = useQuery(trpc.catalogue.keywords.queryOptions());
  const all = [detail, consents, dilemmas, themes, keywords];
  if (all.some((q) => q.isPending)) return <LoadingState lines={5} />;
  const failed = all.find((q) => q.isError)?.error;
  if (failed || !detail.data || !consents.data || !dilemmas.data) {
    return (
      <ErrorState
        message={readApiError(failed).message}
        onRetry={() => all.forEach((q) => void q.refetch())}
      />
    );
  }
  const owners = new Map<string, string>();
  for (const { dilemma } of dilemmas.data) {
    if (dilemma.ownerId) owners.set(dilemma.ownerId, dilemma.ownerName ?? dilemma.ownerId);
  }
  const ownerOfDilemma = (id: string) =>
    dilemmas.data.find((d) => d.dilemma.id === id)?.dilemma.ownerId ?? null;
  const lookup = consentLookupFrom(consents.data);
  return (
    <Editor
      {...props}
      detail={detail.data}
      people={[...owners].map(([id, label]) => ({ id, label }))}
      ownerOfDilemma={ownerOfDilemma}
      quoteConsent={(dilemmaId, authorId, copy, text) =>
        (authorId
          ? lookup({ subject: 'quote', subjectId: dilemmaId, personId: authorId, text })
          : undefined) ?? copy
      }
      themes={(themes.data ?? []).map((t) => ({ id: t.id, label: t.label }))}
      keywords={(keywords.data ?? []).map((k) => ({ id: k.id, label: k.label }))}
    />
  );
}

function Editor({
  detail,
  sessionTitle,
  people,
  ownerOfDilemma,
  quoteConsent,
  themes,
  keywords,
  onReload,
}: {
  detail: ReportDetail;
  sessionTitle: string;
  people: Option[];
  ownerOfDilemma: (dilemmaId: string) => string | null;
  quoteConsent: (
    dilemmaId: string,
    authorId: string | null,
    copy: ConsentLevel,
    text: string,
  ) => ConsentLevel;
  themes: Option[];
  keywords: Option[];
  onReload: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { report, consentGaps, clientNameHits, hasUnpublishedChanges } = detail;
  const [draft, setDraft] = useState<ReportDraft>(() => reportDraftOf(report, ownerOfDilemma));
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.reports.pathKey() });
  const done = (message: string) => async () => {
    setStatus(message);
    await refresh();
  };
  const published = report.status === 'published';
  const save = useMutation(
    trpc.admin.reports.update.mutationOptions({
      // A meeting link (or its ID or passcode) in the text: saved, with the server's warning.
      onSuccess: (result) =>
        done(result.linkWarning ?? (published ? texts.report.savedChanges : texts.report.saved))(),
    }),
  );
  const publishChanges = useMutation(
    trpc.admin.reports.publishChanges.mutationOptions({
      onSuccess: done(texts.report.changesPublished),
    }),
  );
  const clearHit = useMutation(
    trpc.admin.reports.clearClientHit.mutationOptions({ onSuccess: done(texts.report.hitCleared) }),
  );
  const publish = useMutation(
    trpc.admin.reports.publish.mutationOptions({ onSuccess: done(texts.report.published) }),
  );
  const unpublish = useMutation(
    trpc.admin.reports.unpublish.mutationOptions({ onSuccess: done(texts.report.unpublished) }),
  );
  const record = useMutation(
    trpc.admin.reports.consents.record.mutationOptions({
      onSuccess: done(texts.report.consentRecorded),
    }),
  );
  const dirty = isDirty(report, draft, ownerOfDilemma);
  const problem = formProblem(save.error, [
    'title',
    'slug',
    'intro',
    'tips',
    'sections',
    'reactions',
  ]);
  const actionError =
    publish.error ?? publishChanges.error ?? unpublish.error ?? record.error ?? clearHit.error;
  const publishProblem = formProblem(actionError, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    publish.reset();
    save.mutate(reportUpdateOf(report, draft));
  }

  return (
    <div className="page">
      <PageHeader
        eyebrow={texts.report.eyebrow(sessionTitle)}
        title={report.title}
        lead={
          published && report.publishedAt
            ? texts.report.publishedAt(formatDateTime(report.publishedAt))
            : texts.report.status(reportStatusLabels[report.status])
        }
        actions={
          published ? (
            <>
              <button
                type="button"
                className="button button--primary"
                disabled={publishChanges.isPending || dirty || !hasUnpublishedChanges}
                aria-describedby={dirty ? 'publish-hint' : undefined}
                onClick={() => {
                  setStatus(null);
                  publishChanges.mutate({ id: report.id, version: report.version });
                }}
              >
                {publishChanges.isPending ? texts.report.publishing : texts.report.publishChanges}
              </button>
              <a className="button button--secondary" href={publicPaths.report(report.slug)}>
                {texts.report.publicLink}
              </a>
              <button
                type="button"
                className="button button--ghost"
                disabled={unpublish.isPending}
                onClick={() => unpublish.mutate({ id: report.id, version: report.version })}
              >
                {texts.report.unpublish}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={publish.isPending || dirty}
              aria-describedby={dirty ? 'publish-hint' : undefined}
              onClick={() => {
                setStatus(null);
                publish.mutate({ id: report.id, version: report.version });
              }}
            >
              {publish.isPending ? texts.report.publishing : texts.report.publish}
            </button>
          )
        }
      />
      {dirty ? (
        <p id="publish-hint" className="small muted">
          {texts.report.saveBeforePublish}
        </p>
      ) : null}
      {published && hasUnpublishedChanges ? (
        <p className="notice notice--info">{texts.report.unpublishedChanges}</p>
      ) : null}
      {actionError ? (
        <div className="notice notice--error" role="alert" data-testid="publish-error">
          <p className="pre-line">{publishProblem.summary[0]}</p>
          {publishProblem.conflict ? (
            <button type="button" className="button button--secondary" onClick={onReload}>
              {texts.common.reloadLatest}
            </button>
          ) : null}
        </div>
      ) : null}
      <StatusMessage message={status} />
      {consentGaps.length > 0 ? (
        <section className="notice notice--warn" aria-labelledby="gaps-title">
          <h2 id="gaps-title" className="notice__title">
            {texts.report.gapsTitle}
          </h2>
          <p>{texts.report.gapsLead}</p>
          <ul>
            {consentGaps.map((gap) => (
              <li key={`${gap.kind}-${gap.id}`}>
                {texts.report.gap(texts.report.gapKinds[gap.kind], gap.excerpt)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ConsentRequests reportId={report.id} dirty={dirty} />
      <ClientNameHits
        hits={clientNameHits}
        busy={clearHit.isPending}
        onClear={(key) => {
          setStatus(null);
          publish.reset();
          publishChanges.reset();
          clearHit.mutate({ id: report.id, key });
        }}
      />
      <form className="card form" noValidate onSubmit={submit}>
        <ReportFields
          report={report}
          draft={draft}
          onChange={setDraft}
          errors={problem.fields}
          people={people}
          themes={themes}
          keywords={keywords}
          quoteConsent={quoteConsent}
          recording={record.isPending}
          onRecordConsent={(dilemmaId, personId) => {
            setStatus(null);
            publish.reset();
            record.mutate({ personId, subject: 'quote', subjectId: dilemmaId, level: 'quotable' });
          }}
        />
        <FormErrorSummary
          messages={save.isError ? problem.summary : []}
          onReload={problem.conflict ? onReload : undefined}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending
              ? texts.common.saving
              : published
                ? texts.report.saveChanges
                : texts.report.save}
          </button>
        </div>
      </form>
    </div>
  );
}
