import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ConsentLevel, consentLevelLabels, type ClosingReaction } from '@jamsessie/domain';
import { Field } from '../common/web-kit';
import { texts } from '../texts';
import { enterAdds } from './enter-adds';
import { newId } from './new-id';

/** A reaction as the panel hands it on: id, text and the consent its speaker gave. */
export type ReactionInput = ClosingReaction;

/**
 * The closing round: what participants say afterwards, each reaction with the consent its
 * speaker gave (private unless they say otherwise). The report draft takes over the quotable
 * ones. It stays on screen after the end, so text not yet added is still there to add.
 */
export function ReactionsPanel({
  reactions,
  error,
  onAdd,
}: {
  reactions: readonly ClosingReaction[];
  error: string | null;
  onAdd: (reaction: ReactionInput) => Promise<boolean>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [consent, setConsent] = useState<ConsentLevel>('private');
  const [localError, setLocalError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const latest = useRef('');

  function changeText(value: string) {
    latest.current = value;
    setText(value);
  }

  async function add() {
    const sent = text.trim();
    if (sent === '') {
      setLocalError(texts.live.reactionRequired);
      field.current?.focus();
      return;
    }
    setLocalError(null);
    changeText('');
    field.current?.focus();
    if (await onAdd({ id: newId(), text: sent, consent })) {
      setConsent('private');
      return;
    }
    const typedSince = latest.current.trim();
    changeText(typedSince === '' ? sent : `${sent}\n${typedSince}`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void add();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!enterAdds(event)) return;
    event.preventDefault();
    void add();
  }

  return (
    <section className="notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="notes__title">
        {texts.live.reactionsTitle}
      </h2>
      {reactions.length === 0 ? (
        <p className="notes__empty">{texts.live.noReactions}</p>
      ) : (
        <ul className="notes__list" data-testid="reactions">
          {reactions.map((r) => (
            <li key={r.id}>
              <span className="tag">{consentLevelLabels[r.consent]}</span> {r.text}
            </li>
          ))}
        </ul>
      )}
      <form className="notes__form" onSubmit={submit} noValidate>
        <Field
          id={`${id}-text`}
          label={texts.live.reactionText}
          hint={texts.live.reactionKeysHint}
          error={localError ?? error ?? undefined}
        >
          <textarea
            ref={field}
            rows={3}
            value={text}
            onChange={(e) => changeText(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </Field>
        <Field id={`${id}-consent`} label={texts.live.reactionConsent}>
          <select value={consent} onChange={(e) => setConsent(ConsentLevel.parse(e.target.value))}>
            {ConsentLevel.options.map((level) => (
              <option key={level} value={level}>
                {consentLevelLabels[level]}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button button--secondary">
          {texts.live.addReaction}
        </button>
      </form>
    </section>
  );
}
