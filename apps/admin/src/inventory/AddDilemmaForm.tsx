import { consentLevelLabels, type ConsentLevel } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { DilemmaTextFields, followUpLines } from './DilemmaTextFields';

/** What the form sends: the API's dilemma input without the session. */
export type NewDilemma = {
  text: string;
  followUpQuestions: string[];
  ownerName: string | null;
  ownerEmail: string | null;
  consent: ConsentLevel;
};

const consentOrder: ConsentLevel[] = ['private', 'shareable_anonymised', 'quotable'];

/**
 * The facilitator types in a participant's question during the inventory. Errors from the
 * server (too short, an invalid address) appear next to their field.
 */
export function AddDilemmaForm({
  busy,
  error,
  onAdd,
}: {
  busy: boolean;
  error: unknown;
  onAdd: (dilemma: NewDilemma) => Promise<boolean>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [ownerEmail, setOwnerEmail] = useState('');
  const [consent, setConsent] = useState<ConsentLevel>('private');
  const [status, setStatus] = useState<string | null>(null);
  const problem = formProblem(error, [
    'text',
    'followUpQuestions',
    'ownerName',
    'ownerEmail',
    'consent',
  ]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const added = await onAdd({
      text,
      followUpQuestions: followUpLines(followUp),
      ownerName: ownerName.trim() || null,
      ownerEmail: ownerEmail.trim() || null,
      consent,
    });
    if (added) {
      setText('');
      setFollowUp('');
      setOwnerName('');
      setOwnerEmail('');
      setConsent('private');
      setStatus(texts.inventory.added);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <DilemmaTextFields
        id={id}
        text={text}
        followUp={followUp}
        errors={problem.fields}
        onText={setText}
        onFollowUp={setFollowUp}
      />
      <div className="form__row">
        <Field
          id={`${id}-name`}
          label={texts.inventory.fields.ownerName}
          hint={texts.inventory.fields.ownerNameHint}
          optional
          error={problem.fields['ownerName']}
        >
          <input
            type="text"
            autoComplete="off"
            value={ownerName}
            onChange={(e) => setOwnerName(e.target.value)}
          />
        </Field>
        <Field
          id={`${id}-email`}
          label={texts.inventory.fields.ownerEmail}
          hint={texts.inventory.fields.ownerEmailHint}
          optional
          error={problem.fields['ownerEmail']}
        >
          <input
            type="email"
            autoComplete="off"
            value={ownerEmail}
            onChange={(e) => setOwnerEmail(e.target.value)}
          />
        </Field>
      </div>
      <Field
        id={`${id}-consent`}
        label={texts.inventory.fields.consent}
        error={problem.fields['consent']}
      >
        <select value={consent} onChange={(e) => setConsent(e.target.value as ConsentLevel)}>
          {consentOrder.map((level) => (
            <option key={level} value={level}>
              {consentLevelLabels[level]}
            </option>
          ))}
        </select>
      </Field>
      <FormErrorSummary messages={error ? problem.summary : []} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {texts.inventory.add}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
