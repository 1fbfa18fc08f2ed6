import { navigate, useLocation } from '@jamsessie/web';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { Pager } from '../common/Pager';
import { useKeywords, useThemes } from '../data/use-catalogue';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import {
  parseReportFilters,
  reportListInput,
  serializeReportFilters,
  type ReportFilters,
} from './report-filters';
import { ReportCard } from './ReportCard';
import { ReportSearchForm } from './ReportSearchForm';

/** The reports: search, filters by theme and keyword (in the URL), results with snippets. */
export function ReportsPage() {
  const { search } = useLocation();
  const filters = parseReportFilters(search);
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.reports.list.queryOptions(reportListInput(filters)),
    placeholderData: keepPreviousData,
  });
  const themes = useThemes();
  const keywords = useKeywords();
  useDocumentTitle(texts.reports.title);
  const change = (next: ReportFilters) =>
    navigate(`${paths.reports()}${serializeReportFilters(next)}`);
  const labelOf = new Map((themes.data ?? []).map((theme) => [theme.id, theme.label]));

  return (
    <>
      <div className="page-intro">
        <h1>{texts.reports.title}</h1>
        <p className="lead">{texts.reports.intro}</p>
      </div>
      <ReportSearchForm
        key={search}
        filters={filters}
        themes={themes.data ?? []}
        keywords={keywords.data ?? []}
        onChange={change}
      />
      <p className="result-count" role="status" aria-live="polite">
        {query.isSuccess ? texts.reports.count(query.data.total) : ''}
      </p>
      {query.isPending ? (
        <LoadingState lines={3} />
      ) : query.isError ? (
        <ErrorState
          message={readApiError(query.error).message}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.items.length === 0 ? (
        <p className="empty">{texts.reports.empty}</p>
      ) : (
        <div
          aria-busy={query.isPlaceholderData}
          className={query.isPlaceholderData ? 'is-refreshing' : undefined}
        >
          <ul className="report-list">
            {query.data.items.map((report) => (
              <li key={report.id}>
                <ReportCard
                  report={report}
                  themeLabels={report.themeIds.flatMap((id) => labelOf.get(id) ?? [])}
                />
              </li>
            ))}
          </ul>
          <Pager
            page={filters.page}
            pageCount={query.data.pageCount}
            onPage={(page) => change({ ...filters, page })}
          />
        </div>
      )}
    </>
  );
}
