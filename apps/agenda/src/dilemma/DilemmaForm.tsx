import { consentLevelLabels, type DilemmaInput } from '@jamsessie/domain';
import { splitFieldErrors } from '@jamsessie/web';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Field, FormErrorSummary, readApiError } from '../common/web-kit';
import { texts } from '../texts';
import { ConsentChoice } from './ConsentChoice';
import {
  clientNameWarning,
  draftFields,
  emptyDraft,
  serverFieldNames,
  toDilemmaInput,
  type DilemmaDraft,
} from './dilemma-form';

/** Props of {@link DilemmaForm}. */
export type DilemmaFormProps = {
  sessionId: string;
  /** Sends the dilemma (the `forms.bringDilemma` mutation); rejects with the API's error. */
  onSubmit: (input: DilemmaInput) => Promise<unknown>;
};

type Errors = Partial<Record<(typeof draftFields)[number], string>>;

/**
 * "Breng een vraag of dilemma in": the question, optional follow-up questions, name and
 * e-mail, and a consent choice that starts at private. A standing warning asks not to name
 * clients, and the domain's client-name hint warns live while typing.
 */
export function DilemmaForm({ sessionId, onSubmit }: DilemmaFormProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<DilemmaDraft>(emptyDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [phase, setPhase] = useState<'editing' | 'sending' | 'sent'>('editing');
  const warning = clientNameWarning(draft);
  // The hint stops the first send: the writer sees it and changes the text, or sends it anyway.
  const [hintShownFor, setHintShownFor] = useState<string | null>(null);
  const askingToCheck = warning !== null && hintShownFor === warning;

  const update = (patch: Partial<DilemmaDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  function focusFirstError(found: Errors) {
    const first = draftFields.find((name) => found[name]);
    if (!first) return;
    if (first === 'text') textRef.current?.focus();
    else document.getElementById(`${id}-${first}`)?.focus();
  }

  async function submit(event: Pick<FormEvent, 'preventDefault'>, sendAnyway = false) {
    event.preventDefault();
    if (warning !== null && !sendAnyway && hintShownFor !== warning) {
      setHintShownFor(warning);
      textRef.current?.focus();
      return;
    }
    const checked = toDilemmaInput(sessionId, draft);
    if (!checked.ok) {
      setErrors(checked.fieldErrors);
      setSummary([]);
      focusFirstError(checked.fieldErrors);
      return;
    }
    setErrors({});
    setSummary([]);
    setPhase('sending');
    try {
      await onSubmit(checked.input);
      setPhase('sent');
    } catch (error) {
      const problem = readApiError(error);
      const { fields, rest } = splitFieldErrors(problem.fieldErrors, draftFields, serverFieldNames);
      setErrors(fields);
      setSummary(Object.keys(fields).length > 0 || rest.length > 0 ? rest : [problem.message]);
      setPhase('editing');
      focusFirstError(fields);
    }
  }

  if (phase === 'sent') {
    return (
      <div className="notice notice--success" role="status">
        <h2 className="notice__title">{texts.dilemma.thanksTitle}</h2>
        <p>{texts.dilemma.thanks(consentLevelLabels[draft.consent])}</p>
        {draft.email.trim() !== '' ? <p>{texts.dilemma.confirmByMail}</p> : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(emptyDraft);
            setPhase('editing');
          }}
        >
          {texts.dilemma.another}
        </button>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="notice notice--warning">
        <h2 className="notice__title">{texts.dilemma.clientWarningTitle}</h2>
        <p>{texts.dilemma.clientWarning}</p>
      </div>
      <Field
        id={`${id}-text`}
        label={texts.dilemma.text}
        hint={texts.dilemma.textHint}
        error={errors.text}
        warning={warning}
      >
        <textarea
          ref={textRef}
          name="text"
          rows={6}
          required
          value={draft.text}
          onChange={(event) => update({ text: event.target.value })}
        />
      </Field>
      <Field
        id={`${id}-followUp`}
        label={texts.dilemma.followUp}
        hint={texts.dilemma.followUpHint}
        error={errors.followUp}
        optional
      >
        <textarea
          name="followUp"
          rows={3}
          value={draft.followUp}
          onChange={(event) => update({ followUp: event.target.value })}
        />
      </Field>
      <div className="form__row">
        <Field
          id={`${id}-name`}
          label={texts.dilemma.name}
          hint={texts.dilemma.nameHint}
          error={errors.name}
          optional
        >
          <input
            type="text"
            name="name"
            autoComplete="given-name"
            value={draft.name}
            onChange={(event) => update({ name: event.target.value })}
          />
        </Field>
        <Field
          id={`${id}-email`}
          label={texts.dilemma.email}
          hint={texts.dilemma.emailHint}
          error={errors.email}
          optional
        >
          <input
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            value={draft.email}
            onChange={(event) => update({ email: event.target.value })}
          />
        </Field>
      </div>
      <ConsentChoice
        idPrefix={`${id}-consent`}
        value={draft.consent}
        onChange={(consent) => update({ consent })}
        error={errors.consent}
      />
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="nadien"
            checked={draft.nadien}
            onChange={(event) => update({ nadien: event.target.checked })}
          />{' '}
          {texts.dilemma.nadien}
        </label>
      </div>
      <FormErrorSummary messages={summary} />
      {askingToCheck ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">{texts.dilemma.checkTitle}</h2>
          <p>{warning}</p>
          <p>{texts.dilemma.checkHelp}</p>
        </div>
      ) : null}
      <button type="submit" className="button" disabled={phase === 'sending'}>
        {phase === 'sending' ? texts.dilemma.submitting : texts.dilemma.submit}
      </button>
      {askingToCheck ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={phase === 'sending'}
          onClick={(event) => void submit(event, true)}
        >
          {texts.dilemma.sendAnyway}
        </button>
      ) : null}
    </form>
  );
}
