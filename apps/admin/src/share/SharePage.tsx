import { isNotFound } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { useNow } from '../live/use-now';
import { texts } from '../texts';
import { shareClockAt, shareClockLabel } from './share-clock';
import { useRunVersion } from './use-run-version';

/**
 * The participants' read-only "waar zijn we" screen, to share in the online meeting. Public
 * with the token in the URL; it shows only the step, a neutral heading, the clock and the
 * cue (no names, no dilemma text without consent), and follows the session: it asks for the run's version a few times a second and reloads the view
 * when it changed.
 */
export function SharePage({ token }: { token: string }) {
  useDocumentTitle(texts.share.title);
  const trpc = useTRPC();
  const view = useQuery({
    ...trpc.live.view.queryOptions({ token }),
    // The clock runs here; the view itself is reloaded when the run's version changes.
    refetchInterval: 30_000,
    retry: false,
  });
  const version = useRunVersion(token);
  const { refetch } = view;
  useEffect(() => {
    if (version !== undefined) void refetch();
  }, [version, refetch]);
  const now = useNow();
  return (
    <div className="share">
      <a className="skip-link" href="#inhoud">
        {texts.site.skipLink}
      </a>
      <header className="share__header">
        <p className="share__eyebrow">{texts.share.eyebrow}</p>
      </header>
      <main id="inhoud" className="share__inner" tabIndex={-1}>
        <h1>{texts.share.title}</h1>
        {view.isPending ? (
          <LoadingState lines={1} />
        ) : view.isError ? (
          <ErrorState
            message={
              // A token of the wrong shape is refused as bad input: to the reader it is the
              // same link that does not work (any more).
              isNotFound(view.error) || readApiError(view.error).code === 'BAD_REQUEST'
                ? texts.share.notAvailable
                : readApiError(view.error).message
            }
          />
        ) : (
          <>
            <p className="share__phase">
              {view.data.step
                ? `${texts.share.question(view.data.step.dilemmaNumber, view.data.step.dilemmaCount)} · ${view.data.step.label}`
                : view.data.phaseLabel}
            </p>
            {view.data.heading ? <h2 className="share__heading">{view.data.heading}</h2> : null}
            {view.data.clock
              ? (() => {
                  const clock = shareClockAt(view.data.clock, Date.parse(now) - view.dataUpdatedAt);
                  return (
                    <section
                      className={`countdown countdown--${clock.tone}`}
                      aria-labelledby="share-clock-label"
                    >
                      <p
                        className="countdown__label"
                        id="share-clock-label"
                        data-testid="clock-label"
                      >
                        {shareClockLabel(clock.tone, view.data.clock.paused)}
                      </p>
                      <p className="countdown__clock" role="timer">
                        {clock.display}
                      </p>
                    </section>
                  );
                })()
              : null}
            <p className="share__cue" aria-live="polite">
              {view.data.cue}
            </p>
            {view.data.step ? (
              <p className="share__camera">
                {texts.share.camera}: {view.data.cameraLabel}
              </p>
            ) : null}
            {view.data.nextLabel ? (
              <p className="share__next">
                {texts.share.next}: {view.data.nextLabel}
              </p>
            ) : null}
            <p className="share__note">{texts.share.updating}</p>
          </>
        )}
      </main>
    </div>
  );
}
