import { navigate } from '@jamsessie/web';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Field, FormErrorSummary } from '../common/web-kit';
import { paths } from '../routing/routes';
import { texts } from '../texts';

const t = texts.plan;

/**
 * The end of a series: one without sessions can be deleted; one with sessions can only be
 * ended (archived, with a reason for its cancelled future sessions), so what was held stays.
 * Either way the coordinator returns to the planning, where the series no longer stands.
 */
export function SeriesEndPanel({
  series,
  sessionCount,
}: {
  series: { id: string; version: number };
  sessionCount: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const done = async () => {
    setOpen(false);
    await queryClient.invalidateQueries({ queryKey: trpc.admin.series.pathKey() });
    navigate(paths.plan());
  };
  const remove = useMutation(trpc.admin.series.delete.mutationOptions({ onSuccess: done }));
  const end = useMutation(trpc.admin.series.archive.mutationOptions({ onSuccess: done }));
  const empty = sessionCount === 0;
  const action = empty ? remove : end;
  const problem = formProblem(action.error, ['reason']);

  function confirm() {
    if (empty) return remove.mutate({ id: series.id, version: series.version });
    if (reason.trim() === '') {
      setLocal(t.endReasonRequired);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setLocal(null);
    end.mutate({ id: series.id, version: series.version, reason: reason.trim() });
  }

  return (
    <section className="card section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {empty ? t.deleteTitle : t.endTitle}
      </h2>
      <p className="card__intro">{empty ? t.deleteLead : t.endLead}</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {empty ? t.deleteAction : t.endAction}
      </button>
      <ConfirmDialog
        open={open}
        title={empty ? t.deleteTitle : t.endTitle}
        confirmLabel={empty ? t.deleteConfirm : t.endConfirm}
        danger
        busy={action.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={confirm}
      >
        <p>{empty ? t.deleteAsk : t.endAsk}</p>
        {empty ? null : (
          <Field
            id={`${id}-reason`}
            label={t.endReason}
            hint={t.endReasonHint}
            error={local ?? problem.fields['reason']}
          >
            <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        )}
        <FormErrorSummary
          messages={action.error && !problem.fields['reason'] ? problem.summary : []}
        />
      </ConfirmDialog>
    </section>
  );
}
