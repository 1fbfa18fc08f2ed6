import { useId, useRef, useState } from 'react';
import { ConsentLevel, consentLevelLabels, type ClosingReaction } from '@jamsessie/domain';
import { Field } from '../common/web-kit';
import { texts } from '../texts';
import { newId } from './new-id';
import { QuickAddPanel, QuickAddText, unsavedText } from './QuickAddPanel';

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
    changeText(unsavedText(sent, latest.current));
  }

  return (
    <QuickAddPanel
      id={id}
      title={texts.live.reactionsTitle}
      emptyText={texts.live.noReactions}
      testId="reactions"
      items={reactions.map((r) => ({ ...r, tag: consentLevelLabels[r.consent] }))}
      onAdd={() => void add()}
    >
      <QuickAddText
        id={`${id}-text`}
        label={texts.live.reactionText}
        hint={texts.live.reactionKeysHint}
        error={localError ?? error ?? undefined}
        value={text}
        fieldRef={field}
        onChange={changeText}
        onAdd={() => void add()}
      />
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
    </QuickAddPanel>
  );
}
