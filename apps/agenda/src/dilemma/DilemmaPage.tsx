import { formatSessionTime, isOpenForDilemmas } from '@jamsessie/domain';
import { isNotFound, Link } from '@jamsessie/web';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { DilemmaForm } from './DilemmaForm';

/** "Breng een vraag of dilemma in" for one session: the form, or why it is closed. */
export function DilemmaPage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.agenda.session.queryOptions({ slug }));
  const bring = useMutation(trpc.forms.bringDilemma.mutationOptions());
  const [now] = useState(() => new Date().toISOString());
  useDocumentTitle(
    query.data ? texts.dilemma.pageTitle(query.data.session.title) : texts.dilemma.title,
  );

  if (query.isPending) return <LoadingState lines={2} />;
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
  const { session } = query.data;
  const open = isOpenForDilemmas(session, now);

  return (
    <div className="narrow">
      <nav aria-label={texts.common.breadcrumbLabel} className="breadcrumb">
        <Link href={paths.agenda()}>{texts.site.nav.agenda}</Link>
        <span aria-hidden="true"> › </span>
        <Link href={paths.session(session.slug)}>{session.title}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{texts.dilemma.title}</span>
      </nav>
      <h1>{texts.dilemma.title}</h1>
      <p className="session-ref">
        {texts.dilemma.forSession}{' '}
        <Link href={paths.session(session.slug)}>
          <time dateTime={session.startsAt}>
            {formatSessionTime(session.startsAt, session.endsAt)}
          </time>
        </Link>
      </p>
      <p className="lead">{texts.dilemma.intro}</p>
      {open ? (
        <DilemmaForm
          sessionId={session.id}
          onSubmit={({ sessionId: _id, ...dilemma }) =>
            bring.mutateAsync({ ...dilemma, sessionSlug: session.slug })
          }
        />
      ) : (
        <div className="notice notice--info">
          <p>{texts.dilemma.notOpen}</p>
          <p>
            <Link href={paths.session(session.slug)}>{texts.dilemma.backToSession}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
