import { readApiError } from '../common/web-kit';
import {
  ConsentLevel,
  consentLevelLabels,
  dilemmaStatusLabels,
  formatDateTime,
} from '@jamsessie/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MyDilemma } from '../api/api-types';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.myData;

/**
 * One of "Mijn vragen": session, status and consent (with how and when it was given); the
 * consent level can change at any time, the text until the session starts, and withdrawing
 * it too.
 */
export function MyDilemmaItem({ dilemma }: { dilemma: MyDilemma }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() });
  const [level, setLevel] = useState<ConsentLevel>(dilemma.consent);
  const [text, setText] = useState(dilemma.text);
  const [status, setStatus] = useState<string | null>(null);
  const onError = (error: unknown) => setStatus(readApiError(error).message);
  const consent = useMutation(
    trpc.participant.mine.setDilemmaConsent.mutationOptions({
      onSuccess: async () => {
        setStatus(t.consentSaved);
        await refresh();
      },
      onError,
    }),
  );
  const edit = useMutation(
    trpc.participant.mine.editDilemma.mutationOptions({
      onSuccess: async () => {
        setStatus(t.editSaved);
        await refresh();
      },
      onError,
    }),
  );
  const withdraw = useMutation(
    trpc.participant.mine.withdrawDilemma.mutationOptions({ onSuccess: refresh, onError }),
  );
  const base = `vraag-${dilemma.id}`;
  return (
    <li className="panel">
      <p className="item__meta">
        {dilemma.session
          ? `${t.session(dilemma.session.title)} (${formatDateTime(dilemma.session.startsAt)})`
          : null}{' '}
        · {t.status(dilemmaStatusLabels[dilemma.status])} ·{' '}
        {t.consentNow(consentLevelLabels[dilemma.consent])}
        {dilemma.consentGiven ? ` (${dilemma.consentGiven})` : null}
      </p>
      {dilemma.editable ? (
        <div className="field">
          <label className="field__label" htmlFor={`${base}-text`}>
            {t.editText}
          </label>
          <textarea
            id={`${base}-text`}
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={edit.isPending}
            onClick={() =>
              edit.mutate({
                id: dilemma.id,
                version: dilemma.version,
                text,
                followUpQuestions: dilemma.followUpQuestions,
              })
            }
          >
            {t.editSave}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate({ id: dilemma.id })}
          >
            {t.withdraw}
          </button>
        </div>
      ) : (
        <>
          <blockquote>{dilemma.text}</blockquote>
          <p className="muted">{t.locked}</p>
        </>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${base}-consent`}>
          {t.consentLabel}
        </label>
        <select
          id={`${base}-consent`}
          value={level}
          onChange={(event) => setLevel(ConsentLevel.parse(event.target.value))}
        >
          {ConsentLevel.options.map((option) => (
            <option key={option} value={option}>
              {consentLevelLabels[option]}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button--secondary"
          disabled={consent.isPending}
          onClick={() => consent.mutate({ id: dilemma.id, level })}
        >
          {t.consentSave}
        </button>
      </div>
      {status ? (
        <p role="status" className="small">
          {status}
        </p>
      ) : null}
    </li>
  );
}
