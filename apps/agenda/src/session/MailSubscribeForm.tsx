import { SubscribeInput, subscriptionTexts, type SubscriptionTarget } from '@jamsessie/domain';
import { useEmailForm } from '@jamsessie/web';
import { useId, useState } from 'react';
import { EmailField } from '../common/EmailField';
import { FormErrorSummary, readApiError } from '../common/web-kit';
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

/**
 * "Abonneren per e-mail": news and a reminder before each session about a series, a theme or
 * the week, with double opt-in. The answer is the same for every address: check your mail.
 */
export function MailSubscribeForm({ choices, onSubscribe }: MailSubscribeFormProps) {
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const { email, setEmail, state, inputRef, submit } = useEmailForm({
    check: (address) =>
      SubscribeInput.safeParse({ email: address, target: choices[chosen]?.target }),
    send: onSubscribe,
    readProblem: readApiError,
  });

  if (state.phase === 'sent') {
    return (
      <div className="notice notice--success" role="status">
        <p>{subscriptionTexts.checkYourMail}</p>
      </div>
    );
  }

  return (
    <form className="link-form" noValidate onSubmit={submit}>
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
