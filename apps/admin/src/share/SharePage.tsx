import { isNotFound } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { useNow } from '../live/use-now';
import { texts } from '../texts';
import { shareClockAt } from './share-clock';

/**
 * The participants' read-only "waar zijn we" screen, to share in the online meeting. Public
 * with the token in the URL; it shows only the step, a neutral heading, the clock and the
 * cue (no names, no dilemma text without consent), and follows the session by polling.
 */
export function SharePage({ token }: { token: string }) {
  useDocumentTitle(texts.share.title);
  const trpc = useTRPC();
  const view = useQuery({
    ...trpc.live.view.queryOptions({ token }),
    refetchInterval: 3000,
    retry: false,
  });
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
                      aria-label={texts.share.timeLeft}
                    >
                      <p className="countdown__label">{texts.share.timeLeft}</p>
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
