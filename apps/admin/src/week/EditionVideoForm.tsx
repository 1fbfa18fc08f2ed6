import type { WeekEdition } from '@jamsessie/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';

/**
 * The film about a whole edition ("De week in 9 minuten"), shown on the edition's public
 * page. Saved with the version of the edition it shows; an emptied field removes the film.
 * Key the form by the edition's version so the field follows a reload.
 */
export function EditionVideoForm({ edition }: { edition: WeekEdition }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [video, setVideo] = useState(edition.videoUrl ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const update = useMutation(
    trpc.admin.week.editions.update.mutationOptions({
      onSuccess: async () => {
        setSaved(texts.week.videoSaved);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.week.pathKey() });
      },
    }),
  );
  const problem = formProblem(update.error, ['videoUrl']);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    update.mutate({ id: edition.id, version: edition.version, videoUrl: video.trim() || null });
  }
  return (
    <form className="form card" noValidate onSubmit={submit}>
      <Field
        id={`${id}-video`}
        label={texts.week.videoUrl}
        hint={texts.week.videoHint}
        optional
        error={problem.fields['videoUrl']}
      >
        <input type="url" value={video} onChange={(e) => setVideo(e.target.value)} />
      </Field>
      <FormErrorSummary
        messages={update.error && !problem.fields['videoUrl'] ? problem.summary : []}
        onReload={
          problem.conflict
            ? () => void queryClient.invalidateQueries({ queryKey: trpc.admin.week.pathKey() })
            : undefined
        }
      />
      <StatusMessage message={saved} />
      <button type="submit" className="button button--secondary" disabled={update.isPending}>
        {texts.week.saveVideo}
      </button>
    </form>
  );
}
