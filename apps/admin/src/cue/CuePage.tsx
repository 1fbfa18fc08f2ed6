import { isNotFound } from '@jamsessie/web';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../api/trpc';
import { RUN_VERSION_POLL_MS } from '../share/use-run-version';
import { shareClockAt } from '../share/share-clock';
import { useNow } from '../live/use-now';
import { texts } from '../texts';
import { OwnerNotesForm } from './OwnerNotesForm';
import { useVibrateOnChange } from './use-vibrate-on-change';

/**
 * Person A's private screen on their phone, by their own link: only their status ("Jij bent
 * aan de beurt", full screen "Camera uit — je luistert mee" in step 2, "Camera aan — vertel
 * wat je meeneemt"), the clock of their turn, a place to jot notes and "Ik ben terug".
 * Nothing of other dilemmas. It follows the run's version a few times a second.
 */
export function CuePage({ token }: { token: string }) {
  useDocumentTitle(texts.cue.title);
  const trpc = useTRPC();
  const view = useQuery({ ...trpc.cue.view.queryOptions({ token }), retry: false });
  const version = useQuery({
    ...trpc.cue.version.queryOptions({ token }),
    refetchInterval: RUN_VERSION_POLL_MS,
    retry: false,
  });
  const { refetch } = view;
  useEffect(() => {
    if (version.data) void refetch();
  }, [version.data, refetch]);
  const back = useMutation(trpc.cue.back.mutationOptions({ onSuccess: () => void refetch() }));
  const now = useNow();
  useVibrateOnChange(view.data?.status);
  const data = view.data;
  const away = data?.status === 'away';
  return (
    <div className={`cue${away ? ' cue--away' : ''}`}>
      <header className="cue__header">
        <p className="cue__eyebrow">{texts.cue.eyebrow}</p>
      </header>
      <main id="inhoud" className="cue__inner" tabIndex={-1}>
        <h1 className="visually-hidden">{texts.cue.title}</h1>
        {view.isPending ? (
          <LoadingState lines={2} />
        ) : view.isError || !data ? (
          <ErrorState
            message={
              view.error &&
              !isNotFound(view.error) &&
              readApiError(view.error).code !== 'BAD_REQUEST'
                ? readApiError(view.error).message
                : texts.cue.notAvailable
            }
          />
        ) : (
          <>
            <p
              className="cue__message"
              role="status"
              aria-live="assertive"
              data-testid="cue-message"
            >
              {data.message}
            </p>
            {data.clock ? (
              <p className="cue__clock" role="timer" aria-label={texts.cue.timeLeft}>
                {shareClockAt(data.clock, Date.parse(now) - view.dataUpdatedAt).display}
              </p>
            ) : null}
            {away || data.status === 'back' ? (
              <OwnerNotesForm token={token} notes={data.notes} consent={data.consent} />
            ) : null}
            {away ? (
              data.back ? (
                <p className="cue__done">{texts.cue.backDone}</p>
              ) : (
                <button
                  type="button"
                  className="button button--primary button--large"
                  disabled={back.isPending}
                  onClick={() => back.mutate({ token })}
                >
                  {texts.cue.back}
                </button>
              )
            ) : null}
          </>
        )}
      </main>
    </div>
  );
}
