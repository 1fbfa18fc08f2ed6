import { useId, useState } from 'react';
import { formProblem } from '../api/form-problem';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Field, FormErrorSummary } from '../common/web-kit';
import { texts } from '../texts';

/** Asks for the reason before a session is cancelled; the reason is shown in the agenda. */
export function CancelSessionDialog({
  open,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const problem = formProblem(error, ['reason']);
  return (
    <ConfirmDialog
      open={open}
      title={texts.sessions.cancelTitle}
      confirmLabel={texts.sessions.cancelConfirm}
      danger
      busy={busy}
      onCancel={onClose}
      onConfirm={() => {
        if (reason.trim() === '') {
          setLocal(texts.sessions.cancelReasonRequired);
          document.getElementById(`${id}-reason`)?.focus();
          return;
        }
        setLocal(null);
        onConfirm(reason.trim());
      }}
    >
      <p>{texts.sessions.cancelLead}</p>
      <Field
        id={`${id}-reason`}
        label={texts.sessions.cancelReason}
        hint={texts.sessions.cancelReasonHint}
        error={local ?? problem.fields['reason']}
      >
        <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <FormErrorSummary messages={error && !problem.fields['reason'] ? problem.summary : []} />
    </ConfirmDialog>
  );
}
