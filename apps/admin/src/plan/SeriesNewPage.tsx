import { navigate } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toLocalParts } from '@jamsessie/domain';
import { useState, type FormEvent } from 'react';
import { ErrorState, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { defaultDraft, ruleFields, seriesInputOf, type SeriesDraft } from './series-draft';
import { SeriesRuleFields } from './SeriesRuleFields';

/** Creates a series from its rule; afterwards the year planner of the new series opens. */
export function SeriesNewPage() {
  const trpc = useTRPC();
  const themes = useQuery(trpc.catalogue.themes.queryOptions());
  const teams = useQuery(trpc.admin.organisations.actionTeams.queryOptions({}));
  return (
    <div className="page">
      <PageHeader title={texts.plan.newTitle} lead={texts.plan.newLead} />
      {themes.isPending || teams.isPending ? (
        <LoadingState lines={4} />
      ) : themes.isError || teams.isError ? (
        <ErrorState
          message={readApiError(themes.error ?? teams.error).message}
          onRetry={() => {
            void themes.refetch();
            void teams.refetch();
          }}
        />
      ) : teams.data.length === 0 ? (
        <p className="notice notice--info">{texts.plan.noActionTeams}</p>
      ) : (
        <NewSeriesForm
          themes={themes.data.map((t) => ({ id: t.id, label: t.label }))}
          actionTeams={teams.data.map((t) => ({ id: t.id, label: `${t.shortName} · ${t.name}` }))}
        />
      )}
    </div>
  );
}

function NewSeriesForm({
  themes,
  actionTeams,
}: {
  themes: { id: string; label: string }[];
  actionTeams: { id: string; label: string }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const nextYear = Number(toLocalParts(new Date().toISOString()).date.slice(0, 4)) + 1;
  const [draft, setDraft] = useState<SeriesDraft>(() =>
    defaultDraft({
      themeIds: themes.slice(0, 2).map((t) => t.id),
      actionTeamId: actionTeams[0]?.id ?? '',
      year: nextYear,
    }),
  );
  const create = useMutation(
    trpc.admin.series.create.mutationOptions({
      onSuccess: async (series) => {
        await queryClient.invalidateQueries({ queryKey: trpc.admin.series.pathKey() });
        navigate(paths.series(series.id, Number(series.firstDate.slice(0, 4))));
      },
    }),
  );
  const problem = formProblem(create.error, ruleFields);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(seriesInputOf(draft));
  }

  return (
    <form className="card form" noValidate onSubmit={submit}>
      <SeriesRuleFields
        draft={draft}
        onChange={setDraft}
        errors={problem.fields}
        themes={themes}
        actionTeams={actionTeams}
      />
      <FormErrorSummary messages={create.isError ? problem.summary : []} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? texts.common.saving : texts.plan.create}
        </button>
      </div>
    </form>
  );
}
