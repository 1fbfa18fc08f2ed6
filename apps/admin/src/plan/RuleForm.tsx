import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SeriesDetail } from '../api/api-types';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { draftOf, ruleFields, ruleOf, type SeriesDraft } from './series-draft';
import { SeriesRuleFields } from './SeriesRuleFields';
import { useRefreshSeries } from './use-series-mutation';

/** Edits the rule, title and period of a series (with the version it loaded). */
export function RuleForm({
  series,
  onReload,
}: {
  series: SeriesDetail['series'];
  /** Loads the newest version and starts the form again from it (after a conflict). */
  onReload: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshSeries();
  const themes = useQuery(trpc.catalogue.themes.queryOptions());
  const teams = useQuery(trpc.admin.organisations.actionTeams.queryOptions({}));
  const [draft, setDraft] = useState<SeriesDraft>(() => draftOf(series));
  const [status, setStatus] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.series.update.mutationOptions({
      // A meeting link (or its ID or passcode) in the text: saved, with the server's warning.
      onSuccess: async (result) => {
        setStatus(result.linkWarning ?? texts.plan.ruleSaved);
        await refresh();
      },
    }),
  );
  const problem = formProblem(save.error, ruleFields);

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    save.mutate({ id: series.id, version: series.version, ...ruleOf(draft) });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <SeriesRuleFields
        draft={draft}
        onChange={setDraft}
        errors={problem.fields}
        themes={(themes.data ?? []).map((t) => ({ id: t.id, label: t.label }))}
        actionTeams={(teams.data ?? []).map((t) => ({
          id: t.id,
          label: `${t.shortName} · ${t.name}`,
        }))}
      />
      <FormErrorSummary
        messages={save.isError ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {texts.plan.ruleSave}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
