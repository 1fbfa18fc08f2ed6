import { useId, useState } from 'react';
import { texts } from '../texts';

/** The whole question of the current dilemma, as its owner wrote it. */
export type QuestionView = { text: string; followUpQuestions: readonly string[] };

/** Longer than this (or with more than two follow-up questions), the question starts folded. */
const FOLD_FROM_CHARACTERS = 280;

/**
 * The whole question and its follow-up questions for the facilitator, never cut off: a long
 * one starts folded (its first lines), and a button unfolds it all.
 */
export function QuestionText({ question }: { question: QuestionView }) {
  const id = useId();
  const long = question.text.length > FOLD_FROM_CHARACTERS || question.followUpQuestions.length > 2;
  const [open, setOpen] = useState(!long);
  return (
    <div className="question" data-testid="question">
      <div
        id={`${id}-body`}
        className={open ? 'question__body' : 'question__body question--folded'}
      >
        <p className="question__text">{question.text}</p>
        {question.followUpQuestions.length > 0 && open ? (
          <>
            <h3 className="question__subtitle">{texts.live.followUpTitle}</h3>
            <ul className="question__follow-ups">
              {question.followUpQuestions.map((q, i) => (
                <li key={`${i}-${q}`}>{q}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {long ? (
        <button
          type="button"
          className="button button--secondary button--small question__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {open ? texts.live.foldQuestion : texts.live.unfoldQuestion}
        </button>
      ) : null}
    </div>
  );
}
