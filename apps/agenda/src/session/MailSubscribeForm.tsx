import { SubscribeInput, subscriptionTexts, type SubscriptionTarget } from '@jamsessie/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { EmailField, emailFormProblem } from '../common/EmailField';
import { FormErrorSummary } from '../common/FormErrorSummary';
import { texts } from '../texts';

/** One thing to follow, as the form offers it. */
export type MailSubscribeChoice = { target: SubscriptionTarget; label: string };

/** Props of {@link MailSubscribeForm}. */
export type MailSubscribeFormProps = {
  /** What can be followed here (a series and its themes; the week). The first is preselected. */
  choices: readonly MailSubscribeChoice[];
  /** Sends the sign-up (`subscriptions.subscribe`); rejects with the API's error. */
  onSubscribe: (input: SubscribeInput) => Promise<unknown>;
};

type State = { phase: 'idle' | 'sending' | 'sent'; fieldError?: string; summary: string[] };

/**
 * "Abonneren per e-mail": news and a reminder before each session about a series, a theme or
 * the week, with double opt-in. The answer is the same for every address: check your mail.
 */
export function MailSubscribeForm({ choices, onSubscribe }: MailSubscribeFormProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState(0);
  const [state, setState] = useState<State>({ phase: 'idle', summary: [] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = SubscribeInput.safeParse({ email, target: choices[chosen]?.target });
    if (!parsed.success) {
      const emailIssue = parsed.error.issues.find((issue) => issue.path[0] === 'email');
      setState({
        phase: 'idle',
        fieldError: emailIssue?.message,
        summary: emailIssue ? [] : [parsed.error.issues[0]?.message ?? texts.common.unknownError],
      });
      if (emailIssue) inputRef.current?.focus();
      return;
    }
    setState({ phase: 'sending', summary: [] });
    try {
      await onSubscribe(parsed.data);
      setState({ phase: 'sent', summary: [] });
    } catch (error) {
      const { fieldError, summary } = emailFormProblem(error);
      setState({ phase: 'idle', fieldError, summary });
      if (fieldError) inputRef.current?.focus();
    }
  }

  if (state.phase === 'sent') {
    return (
      <div className="notice notice--success" role="status">
        <p>{subscriptionTexts.checkYourMail}</p>
      </div>
    );
  }

  return (
    <form className="link-form" noValidate onSubmit={(event) => void submit(event)}>
      {choices.length > 1 ? (
        <fieldset className="choice">
          <legend className="field__label">{texts.mailSubscribe.what}</legend>
          {choices.map((choice, index) => (
            <div className="choice__option" key={`${choice.target.kind}-${index}`}>
              <input
                type="radio"
                id={`${id}-target-${index}`}
                name={`${id}-target`}
                checked={chosen === index}
                onChange={() => setChosen(index)}
              />
              <label htmlFor={`${id}-target-${index}`}>
                <span className="choice__label">{choice.label}</span>
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <EmailField
        id={`${id}-email`}
        label={texts.mailSubscribe.email}
        hint={texts.mailSubscribe.emailHint}
        error={state.fieldError}
        value={email}
        onChange={setEmail}
        inputRef={inputRef}
      />
      <FormErrorSummary messages={state.summary} />
      <button type="submit" className="button" disabled={state.phase === 'sending'}>
        {state.phase === 'sending' ? texts.linkForm.submitting : texts.mailSubscribe.submit}
      </button>
    </form>
  );
}
