import { Link, useLocation } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { toLocalParts } from '@jamsessie/domain';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { useCurrentUser } from '../auth/use-auth';
import { PageHeader } from '../common/PageHeader';
import { paths, yearParam } from '../routing/routes';
import { texts } from '../texts';
import { AuditPanel } from './AuditPanel';
import { sessionTotals } from './chart-data';
import { DilemmasChart } from './DilemmasChart';
import { OutboxPanel } from './OutboxPanel';
import { SessionsChart } from './SessionsChart';

/** The coordinators' overview: key figures, charts with tables, the outbox and the log. */
export function DashboardPage() {
  const trpc = useTRPC();
  const { user } = useCurrentUser();
  const { search } = useLocation();
  const thisYear = Number(toLocalParts(new Date().toISOString()).date.slice(0, 4));
  const year = yearParam(search, thisYear);
  const counts = useQuery(trpc.admin.dashboard.counts.queryOptions({ year }));
  const yearLink = (y: number) => `${paths.dashboard()}${y === thisYear ? '' : `?jaar=${y}`}`;
  return (
    <div className="page">
      <PageHeader
        title={texts.dashboard.title}
        lead={texts.dashboard.lead(user?.displayName ?? '')}
        actions={
          <nav className="row" aria-label={texts.dashboard.year}>
            <Link className="button button--ghost button--small" href={yearLink(year - 1)}>
              {texts.dashboard.prevYear(year - 1)}
            </Link>
            <Link className="button button--ghost button--small" href={yearLink(year + 1)}>
              {texts.dashboard.nextYear(year + 1)}
            </Link>
          </nav>
        }
      />
      {counts.isPending ? (
        <LoadingState lines={3} />
      ) : counts.isError ? (
        <ErrorState
          message={readApiError(counts.error).message}
          onRetry={() => void counts.refetch()}
        />
      ) : (
        <>
          <dl className="stats" aria-label={texts.dashboard.statsLabel}>
            {(() => {
              const totals = sessionTotals(counts.data.sessionsPerMonth);
              const dilemmas = counts.data.dilemmasPerThemeMonth.reduce((s, p) => s + p.count, 0);
              return (
                <>
                  <div className="stat">
                    <dt>{texts.dashboard.planned}</dt>
                    <dd>{totals.planned}</dd>
                  </div>
                  <div className="stat">
                    <dt>{texts.dashboard.held}</dt>
                    <dd>{totals.held}</dd>
                  </div>
                  <div className="stat">
                    <dt>{texts.dashboard.cancelled}</dt>
                    <dd>{totals.cancelled}</dd>
                  </div>
                  <div className="stat">
                    <dt>{texts.dashboard.dilemmas}</dt>
                    <dd>{dilemmas}</dd>
                  </div>
                </>
              );
            })()}
          </dl>
          <div className="grid grid--2">
            <section className="card">
              <SessionsChart year={counts.data.year} months={counts.data.sessionsPerMonth} />
            </section>
            <section className="card">
              <DilemmasChart
                year={counts.data.year}
                months={counts.data.sessionsPerMonth.map((m) => m.month)}
                points={counts.data.dilemmasPerThemeMonth}
              />
            </section>
          </div>
        </>
      )}
      {/* The outbox table has five columns (status, attempts, errors): it takes the full width. */}
      <div className="section">
        <OutboxPanel />
      </div>
      <div className="section">
        <AuditPanel />
      </div>
    </div>
  );
}
