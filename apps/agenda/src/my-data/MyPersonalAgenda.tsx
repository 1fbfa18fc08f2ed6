import { ErrorState, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.myPersonal;

/**
 * "Mijn persoonlijke agenda": make, renew or revoke one's own calendar address. The address
 * is shown only right after it is made (only its hash is stored).
 */
export function MyPersonalAgenda() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.participant.mine.personal.feed.queryKey() });
  const feed = useQuery(trpc.participant.mine.personal.feed.queryOptions());
  const renew = useMutation(
    trpc.participant.mine.personal.renewFeed.mutationOptions({
      onSuccess: (made) => {
        setShown(made.url);
        setRevoked(false);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.participant.mine.personal.revokeFeed.mutationOptions({
      onSuccess: () => {
        setShown(null);
        setRevoked(true);
        void refresh();
      },
    }),
  );
  const failure = renew.error ?? revoke.error;
  return (
    <section aria-labelledby="my-personal-agenda" className="panel">
      <h2 id="my-personal-agenda">{t.feedTitle}</h2>
      <p>{t.feedIntro}</p>
      {feed.isPending ? (
        <LoadingState lines={1} />
      ) : feed.isError ? (
        <ErrorState
          message={readApiError(feed.error).message}
          onRetry={() => void feed.refetch()}
        />
      ) : (
        <>
          {shown ? (
            <div className="field">
              <label className="field__label" htmlFor="my-personal-agenda-url">
                {t.feedUrlLabel}
              </label>
              <input
                id="my-personal-agenda-url"
                type="url"
                readOnly
                value={shown}
                aria-describedby="my-personal-agenda-url-hint"
                onFocus={(event) => event.currentTarget.select()}
              />
              <p id="my-personal-agenda-url-hint" className="small">
                {t.feedUrlHint}
              </p>
            </div>
          ) : null}
          {revoked ? (
            <p role="status" className="small">
              {t.feedRevoked}
            </p>
          ) : null}
          {feed.data.active && feed.data.since ? (
            <>
              <p>{t.feedSince(feed.data.since)}</p>
              <p className="small">{t.feedRenewHint}</p>
              <button
                type="button"
                className="button button--secondary"
                disabled={renew.isPending}
                onClick={() => renew.mutate()}
              >
                {t.feedRenew}
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate()}
              >
                {t.feedRevoke}
              </button>
            </>
          ) : (
            <>
              <p className="muted">{t.feedNone}</p>
              <button
                type="button"
                className="button"
                disabled={renew.isPending}
                onClick={() => renew.mutate()}
              >
                {t.feedCreate}
              </button>
            </>
          )}
        </>
      )}
      {failure ? <FormErrorSummary messages={[readApiError(failure).message]} /> : null}
    </section>
  );
}
