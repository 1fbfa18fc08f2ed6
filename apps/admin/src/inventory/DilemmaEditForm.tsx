import { mayNameClient } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { Field, FormErrorSummary } from '../common/web-kit';
import { texts } from '../texts';
import { DilemmaTextFields, followUpLines } from './DilemmaTextFields';

/** What the edit form sends: the API's `DilemmaUpdate` without id and version. */
export type DilemmaEdit = { kop: string | null; text: string; followUpQuestions: string[] };

/**
 * A coordinator rewords a dilemma (e.g. to take out a client's name) and gives it a kop, the
 * only words of it the shared screen and a draft's heading use. The client-name hint follows
 * the text as it is typed; the earlier wording is kept by the server.
 */
export function DilemmaEditForm({
  initial,
  busy,
  error,
  onSave,
  onCancel,
}: {
  initial: DilemmaEdit;
  busy: boolean;
  error: unknown;
  onSave: (edit: DilemmaEdit) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [kop, setKop] = useState(initial.kop ?? '');
  const [text, setText] = useState(initial.text);
  const [followUp, setFollowUp] = useState(initial.followUpQuestions.join('\n'));
  const problem = formProblem(error, ['kop', 'text', 'followUpQuestions']);
  const hint = mayNameClient([kop, text, followUp].join('\n'), 'coordinator').message;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({
      kop: kop.trim() || null,
      text,
      followUpQuestions: followUpLines(followUp),
    });
  }

  return (
    <form className="form dilemma__edit" noValidate onSubmit={submit}>
      <Field
        id={`${id}-kop`}
        label={texts.inventory.edit.kop}
        hint={texts.inventory.edit.kopHint}
        optional
        error={problem.fields['kop']}
      >
        <input type="text" maxLength={80} value={kop} onChange={(e) => setKop(e.target.value)} />
      </Field>
      <DilemmaTextFields
        id={id}
        text={text}
        followUp={followUp}
        errors={problem.fields}
        onText={setText}
        onFollowUp={setFollowUp}
      />
      <div aria-live="polite">
        {hint ? (
          <p className="notice notice--warn small">
            <strong>{texts.inventory.clientHint}:</strong> {hint}
          </p>
        ) : null}
      </div>
      <FormErrorSummary messages={error ? problem.summary : []} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {texts.inventory.edit.save}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          {texts.inventory.edit.cancel}
        </button>
      </div>
    </form>
  );
}
