import { useMutation } from '@tanstack/react-query';
import {
  seriesDocumentKindLabels,
  type SeriesDocument,
  type SeriesDocumentKind,
} from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import type { SeriesDetail } from '../api/api-types';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { useRefreshSeries } from './use-series-mutation';

type Row = { kind: SeriesDocumentKind; title: string; url: string };

function toRows(documents: readonly SeriesDocument[]): Row[] {
  return documents.map((d) => ({ kind: d.kind, title: d.title, url: d.url ?? '' }));
}

/** The downloads of a series ("Jamsessies VVLG 2025", the description, the invitation). */
export function DocumentsForm({
  series,
  onReload,
}: {
  series: SeriesDetail['series'];
  /** Loads the newest version and starts the form again from it (after a conflict). */
  onReload: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const refresh = useRefreshSeries();
  const [rows, setRows] = useState<Row[]>(() => toRows(series.documents));
  const [status, setStatus] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.series.setDocuments.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.plan.docsSaved);
        await refresh();
      },
    }),
  );
  const known = rows.flatMap((_, i) => [`documents.${i}.title`, `documents.${i}.url`]);
  const problem = formProblem(save.error, known);

  function update(index: number, change: Partial<Row>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    save.mutate({
      id: series.id,
      version: series.version,
      documents: rows.map((r) => ({
        kind: r.kind,
        title: r.title,
        ...(r.url.trim() ? { url: r.url.trim() } : {}),
      })),
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      {rows.length === 0 ? <p className="muted">{texts.plan.docsNone}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={i} className="doc-row">
          <legend>{row.title || seriesDocumentKindLabels[row.kind]}</legend>
          <div className="form__row">
            <Field id={`${id}-${i}-kind`} label={texts.plan.docKind}>
              <select
                value={row.kind}
                onChange={(e) => update(i, { kind: e.target.value as SeriesDocumentKind })}
              >
                {(Object.keys(seriesDocumentKindLabels) as SeriesDocumentKind[]).map((kind) => (
                  <option key={kind} value={kind}>
                    {seriesDocumentKindLabels[kind]}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={`${id}-${i}-title`}
              label={texts.plan.docTitle}
              error={problem.fields[`documents.${i}.title`]}
            >
              <input
                type="text"
                value={row.title}
                onChange={(e) => update(i, { title: e.target.value })}
              />
            </Field>
            <Field
              id={`${id}-${i}-url`}
              label={texts.plan.docUrl}
              optional
              error={problem.fields[`documents.${i}.url`]}
            >
              <input
                type="url"
                value={row.url}
                onChange={(e) => update(i, { url: e.target.value })}
              />
            </Field>
          </div>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setRows((current) => current.filter((_, j) => j !== i))}
          >
            {texts.plan.docRemove(row.title || seriesDocumentKindLabels[row.kind])}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setRows((current) => [...current, { kind: 'schedule', title: '', url: '' }])}
      >
        {texts.plan.docAdd}
      </button>
      <FormErrorSummary
        messages={save.isError ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {texts.plan.docsSave}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
