import { Field } from '../common/web-kit';
import { texts } from '../texts';

/**
 * The words of a dilemma as a facilitator types them, in the add and the edit form alike:
 * the question, and its follow-up questions one a line.
 */
export function DilemmaTextFields({
  id,
  text,
  followUp,
  errors,
  onText,
  onFollowUp,
}: {
  id: string;
  text: string;
  followUp: string;
  /** The form's field messages ('text', 'followUpQuestions'). */
  errors: Record<string, string>;
  onText: (text: string) => void;
  onFollowUp: (followUp: string) => void;
}) {
  return (
    <>
      <Field id={`${id}-text`} label={texts.inventory.fields.text} error={errors['text']}>
        <textarea rows={4} value={text} onChange={(e) => onText(e.target.value)} />
      </Field>
      <Field
        id={`${id}-followup`}
        label={texts.inventory.fields.followUp}
        hint={texts.inventory.fields.followUpHint}
        optional
        error={errors['followUpQuestions']}
      >
        <textarea rows={2} value={followUp} onChange={(e) => onFollowUp(e.target.value)} />
      </Field>
    </>
  );
}

/**
 * The follow-up questions typed one a line, without blank lines.
 *
 * @example followUpLines('Wie beslist?\n\n Wat vindt de familie? ') // ['Wie beslist?', 'Wat vindt de familie?']
 */
export function followUpLines(followUp: string): string[] {
  return followUp
    .split('\n')
    .map((question) => question.trim())
    .filter(Boolean);
}
