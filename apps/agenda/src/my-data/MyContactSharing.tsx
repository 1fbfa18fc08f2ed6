import { ErrorState, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.myPersonal;

/**
 * "Contactgegevens delen": per attended session the participant's own choice to share their
 * address with the others (a coordinator's note of it counts only once they confirm it here).
 */
export function MyContactSharing() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const choices = useQuery(trpc.participant.mine.personal.contactChoices.queryOptions());
  const save = useMutation(
    trpc.participant.mine.personal.setContactSharing.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.participant.mine.personal.contactChoices.queryKey(),
        }),
    }),
  );
  return (
    <section aria-labelledby="my-contact-sharing" className="panel">
      <h2 id="my-contact-sharing">{t.contactsTitle}</h2>
      <p>{t.contactsIntro}</p>
      {choices.isPending ? (
        <LoadingState lines={1} />
      ) : choices.isError ? (
        <ErrorState
          message={readApiError(choices.error).message}
          onRetry={() => void choices.refetch()}
        />
      ) : choices.data.length === 0 ? (
        <p className="muted">{t.contactsNone}</p>
      ) : (
        <ul className="my-list">
          {choices.data.map((choice) => (
            <li key={choice.sessionId}>
              <p>
                <strong>{t.contactsSession(choice.title, choice.startsAt)}</strong>
                <br />
                {t.contactsNow(choice.shares, choice.confirmed)}
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={save.isPending}
                aria-pressed={choice.confirmed && choice.shares === true}
                onClick={() => save.mutate({ sessionId: choice.sessionId, shares: true })}
              >
                {t.contactsYes}
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                disabled={save.isPending}
                aria-pressed={choice.confirmed && choice.shares === false}
                onClick={() => save.mutate({ sessionId: choice.sessionId, shares: false })}
              >
                {t.contactsNo}
              </button>
            </li>
          ))}
        </ul>
      )}
      {save.isSuccess ? (
        <p role="status" className="small">
          {t.contactsSaved}
        </p>
      ) : null}
      {save.error ? <FormErrorSummary messages={[readApiError(save.error).message]} /> : null}
    </section>
  );
}
