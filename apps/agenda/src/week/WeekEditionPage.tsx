import { formatDateRange, sectorLabels } from '@jamsessie/domain';
import { isNotFound, Link } from '@jamsessie/web';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { MailSubscribeForm } from '../session/MailSubscribeForm';
import { WeekDaySection } from './WeekDaySection';

/**
 * An edition of the Week: motto, dates and place, a day per sector with its programme, and
 * subscribing by e-mail to hear about the next edition.
 */
export function WeekEditionPage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.week.edition.queryOptions({ slug }));
  const subscribe = useMutation(trpc.subscriptions.subscribe.mutationOptions());
  useDocumentTitle(
    query.data?.edition.title ?? (query.isError ? texts.week.notFoundTitle : texts.common.loading),
  );

  // A link to one day (#dag-2021-11-01) can only scroll once the programme is there.
  const loaded = query.isSuccess;
  useEffect(() => {
    if (loaded && window.location.hash)
      document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);

  if (query.isPending) return <LoadingState lines={4} />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundPage title={texts.week.notFoundTitle} />;
    return (
      <ErrorState
        message={readApiError(query.error).message}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { edition, days } = query.data;
  return (
    <article className="edition">
      <div className="page-intro edition__intro">
        <nav aria-label={texts.common.breadcrumbLabel} className="breadcrumb">
          <Link href={paths.weekList()}>{texts.site.nav.week}</Link>
          <span aria-hidden="true"> › </span>
          <span aria-current="page">{edition.year}</span>
        </nav>
        <h1>{edition.title}</h1>
        {edition.motto ? (
          <p className="motto">
            <span className="visually-hidden">{texts.week.motto}: </span>“{edition.motto}”
          </p>
        ) : null}
        <p className="lead">
          <time dateTime={edition.startsOn}>
            {formatDateRange(edition.startsOn, edition.endsOn)}
          </time>
          {edition.location ? ` · ${edition.location}` : null}
        </p>
        {edition.videoUrl ? (
          <p>
            <a className="edition__video" href={edition.videoUrl}>
              {texts.week.video}
            </a>
          </p>
        ) : null}
        <p>{texts.week.listIntro}</p>
      </div>
      <nav aria-label={texts.week.dayNav} className="day-nav">
        <ul>
          {days.map(({ day }) => (
            <li key={day.id}>
              <a href={`#dag-${day.date}`}>{sectorLabels[day.sector]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {days.map((programme) => (
        <WeekDaySection key={programme.day.id} programme={programme} />
      ))}
      <section className="panel" aria-labelledby="week-abonneren-titel">
        <h2 id="week-abonneren-titel" className="panel__title">
          {texts.mailSubscribe.title}
        </h2>
        <p>{texts.mailSubscribe.weekText}</p>
        <MailSubscribeForm
          choices={[{ target: { kind: 'week' }, label: texts.mailSubscribe.title }]}
          onSubscribe={(input) => subscribe.mutateAsync(input)}
        />
      </section>
    </article>
  );
}
