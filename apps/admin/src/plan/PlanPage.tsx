import { Link } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { describeRecurrence, formatDayMonthYear } from '@jamsessie/domain';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** The series of jam sessions, each with its rule and how many sessions it has. */
export function PlanPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.series.list.queryOptions());
  return (
    <div className="page">
      <PageHeader
        title={texts.plan.title}
        lead={texts.plan.lead}
        actions={
          <Link className="button button--primary" href={paths.seriesNew()}>
            {texts.plan.newSeries}
          </Link>
        }
      />
      {list.isPending ? (
        <LoadingState lines={2} />
      ) : list.isError ? (
        <ErrorState
          message={readApiError(list.error).message}
          onRetry={() => void list.refetch()}
        />
      ) : list.data.length === 0 ? (
        <p className="notice notice--info">{texts.plan.noSeries}</p>
      ) : (
        <ul className="item-list">
          {list.data.map((series) => (
            <li key={series.id} className="item">
              <div className="item__main">
                <h2 className="item__title">
                  <Link href={paths.series(series.id)}>{series.title}</Link>
                </h2>
                <p className="item__meta">
                  {describeRecurrence(series.recurrence)} ·{' '}
                  {texts.plan.period(
                    formatDayMonthYear(series.firstDate),
                    series.lastDate ? formatDayMonthYear(series.lastDate) : null,
                  )}
                </p>
                <p className="item__meta">
                  {texts.plan.counts(
                    series.sessionCounts.planned,
                    series.sessionCounts.held,
                    series.sessionCounts.cancelled,
                  )}
                </p>
              </div>
              <div className="item__actions">
                <Link className="button button--secondary" href={paths.series(series.id)}>
                  {texts.plan.open}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
