import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { SeriesDetail } from '../api/api-types';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { useRefreshSeries } from './use-series-mutation';

/** The series' fixed meeting link: shown and edited only here, never public. */
export function MeetingLinkForm({
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
  const [link, setLink] = useState(series.meetingLink ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.series.setMeetingLink.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.plan.linkSaved);
        await refresh();
      },
    }),
  );
  const problem = formProblem(save.error, ['meetingLink']);

  function submit(event: FormEvent, value: string | null) {
    event.preventDefault();
    setStatus(null);
    save.mutate({ id: series.id, version: series.version, meetingLink: value });
  }

  return (
    <form className="form" noValidate onSubmit={(e) => submit(e, link.trim() || null)}>
      <Field
        id={`${id}-link`}
        label={texts.plan.linkField}
        error={problem.fields.meetingLink}
        hint={series.meetingLink ? undefined : texts.plan.linkNone}
      >
        <input type="url" value={link} onChange={(e) => setLink(e.target.value)} />
      </Field>
      <FormErrorSummary
        messages={save.isError && !problem.fields.meetingLink ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {texts.plan.linkSave}
        </button>
        {series.meetingLink ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={save.isPending}
            onClick={(e) => {
              setLink('');
              submit(e, null);
            }}
          >
            {texts.plan.linkRemove}
          </button>
        ) : null}
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
