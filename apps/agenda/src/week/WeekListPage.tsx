import { formatDateRange } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** The editions of the Week van de Radicale vernieuwing, newest first. */
export function WeekListPage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.week.editions.queryOptions());
  useDocumentTitle(texts.week.listTitle);
  return (
    <>
      <div className="page-intro">
        <h1>{texts.week.listTitle}</h1>
        <p className="lead">{texts.week.listIntro}</p>
      </div>
      {query.isPending ? (
        <LoadingState lines={2} />
      ) : query.isError ? (
        <ErrorState
          message={readApiError(query.error).message}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        <p>{texts.week.emptyList}</p>
      ) : (
        <ul className="edition-list">
          {query.data.map((edition) => (
            <li key={edition.id}>
              <article className="edition-card">
                <p className="edition-card__year" aria-hidden="true">
                  {edition.year}
                </p>
                <div>
                  <h2 className="edition-card__title">
                    <Link href={paths.weekEdition(edition.slug)}>{edition.title}</Link>
                  </h2>
                  <p className="card__time">
                    <time dateTime={edition.startsOn}>
                      {formatDateRange(edition.startsOn, edition.endsOn)}
                    </time>
                    {edition.location ? ` · ${edition.location}` : null}
                  </p>
                  {edition.motto ? <p className="card__motto">“{edition.motto}”</p> : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
