import { isNotFound, Link, navigate } from '@jamsessie/web';
import { useMutation, useQuery } from '@tanstack/react-query';
import { toLocalParts, hasSessionEnded } from '@jamsessie/domain';
import { useEffect, useState } from 'react';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { eventsDocument, sessionEvent } from '../common/event-jsonld';
import { JsonLd } from '../common/JsonLd';
import { NotFoundPage } from '../common/NotFoundPage';
import { useThemes } from '../data/use-catalogue';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { CalendarLinks } from './CalendarLinks';
import { LinkRequestForm } from './LinkRequestForm';
import { MailSubscribeForm } from './MailSubscribeForm';
import { SeriesDownloads } from './SeriesDownloads';
import { SessionHeader } from './SessionHeader';
import { SessionReport } from './SessionReport';
import { StepProtocol } from './StepProtocol';

/**
 * A session: what, when, its report once published, what to expect (the three steps), who
 * it is for, how to get the link (by e-mail, never on the page), bringing a dilemma,
 * calendar links and the series' documents.
 */
export function SessionPage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.agenda.session.queryOptions({ slug }));
  const themes = useThemes();
  const requestLink = useMutation(trpc.forms.requestLink.mutationOptions());
  const subscribe = useMutation(trpc.subscriptions.subscribe.mutationOptions());
  const [now] = useState(() => new Date().toISOString());
  // A session that moved answers its old address with its new slug: show the new address
  // (the old one keeps working, so links in mails and calendars still lead here).
  const currentSlug = query.data?.session.slug;
  useEffect(() => {
    if (currentSlug && currentSlug !== slug) {
      navigate(paths.session(currentSlug) + window.location.search + window.location.hash, {
        replace: true,
      });
    }
  }, [currentSlug, slug]);
  useDocumentTitle(
    query.data?.session.title ??
      (query.isError ? texts.session.notFoundTitle : texts.common.loading),
  );

  if (query.isPending) return <LoadingState lines={4} />;
  if (query.isError) {
    if (isNotFound(query.error))
      return <NotFoundPage title={texts.session.notFoundTitle} text={texts.session.notFoundText} />;
    return (
      <ErrorState
        message={readApiError(query.error).message}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const { session, series, report } = query.data;
  const sessionThemes = (themes.data ?? []).filter((theme) => session.themeIds.includes(theme.id));
  const past = hasSessionEnded(session, now);
  const open = !past && session.status !== 'cancelled';
  const isJam = session.kind === 'jam_session';
  const joinable = open && session.linkOnRequest && series !== null;

  return (
    <article className="session">
      <SessionHeader
        session={session}
        series={series}
        themes={sessionThemes}
        past={past}
        joinable={joinable}
        hasReport={report !== null}
      />
      <div className="two-columns">
        <div className="two-columns__main">
          {session.description ? <p className="lead">{session.description}</p> : null}
          {report ? <SessionReport report={report} /> : null}
          {isJam ? <StepProtocol /> : null}
          <section className="section" aria-labelledby="voor-wie-titel">
            <h2 id="voor-wie-titel">{texts.session.forWhomTitle}</h2>
            <p>{texts.session.forWhomText}</p>
            <p>
              <Link href={paths.participants()}>{texts.session.forWhomLink}</Link>
            </p>
          </section>
          {isJam && open ? (
            <section className="section section--accent" aria-labelledby="dilemma-titel">
              <h2 id="dilemma-titel">{texts.session.dilemmaTitle}</h2>
              <p>{texts.session.dilemmaText}</p>
              <p>
                <Link className="button button--secondary" href={paths.dilemma(session.slug)}>
                  {texts.session.dilemmaLink}
                </Link>
              </p>
            </section>
          ) : null}
        </div>
        <div className="two-columns__side">
          {joinable ? (
            <section
              id="meedoen"
              className="panel panel--highlight"
              aria-labelledby="meedoen-titel"
            >
              <h2 id="meedoen-titel" className="panel__title">
                {texts.linkForm.title}
              </h2>
              <p>{texts.session.joinText}</p>
              <LinkRequestForm
                onRequest={(email) => requestLink.mutateAsync({ email, seriesSlug: series.slug })}
              />
            </section>
          ) : null}
          <CalendarLinks sessionSlug={session.slug} series={series} themes={sessionThemes} />
          {series ? (
            <SeriesDownloads
              seriesSlug={series.slug}
              seriesTitle={series.title}
              year={Number(toLocalParts(session.startsAt).date.slice(0, 4))}
              documents={series.documents}
            />
          ) : null}
          {series || sessionThemes.length > 0 ? (
            <section className="panel" aria-labelledby="mail-abonneren-titel">
              <h2 id="mail-abonneren-titel" className="panel__title">
                {texts.mailSubscribe.title}
              </h2>
              <p>{texts.mailSubscribe.text}</p>
              <MailSubscribeForm
                choices={[
                  ...(series
                    ? [
                        {
                          target: { kind: 'series' as const, slug: series.slug },
                          label: texts.mailSubscribe.series(series.title),
                        },
                      ]
                    : []),
                  ...sessionThemes.map((theme) => ({
                    target: { kind: 'theme' as const, slug: theme.slug },
                    label: texts.mailSubscribe.theme(theme.label),
                  })),
                ]}
                onSubscribe={(input) => subscribe.mutateAsync(input)}
              />
            </section>
          ) : null}
        </div>
      </div>
      <JsonLd data={eventsDocument([sessionEvent(session, window.location.origin)])} />
    </article>
  );
}
