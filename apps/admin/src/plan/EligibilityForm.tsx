import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { SeriesDetail } from '../api/api-types';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { useRefreshSeries } from './use-series-mutation';

/** Who receives the meeting link on request: participating organisations, LOC members, domains. */
export function EligibilityForm({
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
  const [participants, setParticipants] = useState(series.eligibility.participatingOrganisations);
  const [loc, setLoc] = useState(series.eligibility.locMembers);
  const [domains, setDomains] = useState(series.eligibility.extraEmailDomains.join('\n'));
  const [status, setStatus] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.series.setEligibility.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.plan.eligibilitySaved);
        await refresh();
      },
    }),
  );
  const problem = formProblem(save.error, ['eligibility.extraEmailDomains']);

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    save.mutate({
      id: series.id,
      version: series.version,
      eligibility: {
        participatingOrganisations: participants,
        locMembers: loc,
        extraEmailDomains: domains
          .split(/[\s,;]+/)
          .map((d) => d.trim())
          .filter(Boolean),
      },
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <label className="check">
        <input
          type="checkbox"
          checked={participants}
          onChange={(e) => setParticipants(e.target.checked)}
        />
        <span>{texts.plan.eligibilityParticipants}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={loc} onChange={(e) => setLoc(e.target.checked)} />
        <span>{texts.plan.eligibilityLoc}</span>
      </label>
      <Field
        id={`${id}-domains`}
        label={texts.plan.eligibilityDomains}
        hint={texts.plan.eligibilityDomainsHint}
        optional
        error={problem.fields['eligibility.extraEmailDomains']}
      >
        <textarea rows={3} value={domains} onChange={(e) => setDomains(e.target.value)} />
      </Field>
      <FormErrorSummary
        messages={save.isError && Object.keys(problem.fields).length === 0 ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {texts.plan.eligibilitySave}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
