import { navigate, useLocation } from '@jamsessie/web';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { feedPaths } from '@jamsessie/domain';
import { Pager } from '../common/Pager';
import { useKeywords, useThemes } from '../data/use-catalogue';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import {
  parseReportFilters,
  reportListInput,
  serializeReportFilters,
  type ReportFilters,
} from '../reports/report-filters';
import { ReportSearchForm } from '../reports/ReportSearchForm';
import { TipCard } from './TipCard';

/**
 * The tips bank: every tip and take-away of the published reports, searchable in Dutch and
 * filterable by theme and keyword like the reports (the same filters, kept in the URL).
 */
export function TipsPage() {
  const { search } = useLocation();
  const filters = parseReportFilters(search);
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.tips.list.queryOptions(reportListInput(filters)),
    placeholderData: keepPreviousData,
  });
  const themes = useThemes();
  const keywords = useKeywords();
  useDocumentTitle(texts.tips.title);
  const change = (next: ReportFilters) =>
    navigate(`${paths.tips()}${serializeReportFilters(next)}`);
  const labelOf = new Map((themes.data ?? []).map((theme) => [theme.id, theme.label]));

  return (
    <>
      <div className="page-intro">
        <h1>{texts.tips.title}</h1>
        <p className="lead">{texts.tips.intro}</p>
        <p>
          <a href={feedPaths.tipsRss()}>{texts.tips.feed}</a>
        </p>
      </div>
      <ReportSearchForm
        key={search}
        filters={filters}
        themes={themes.data ?? []}
        keywords={keywords.data ?? []}
        onChange={change}
        searchLabel={texts.tips.search}
        idPrefix="tips"
      />
      <p className="result-count" role="status" aria-live="polite">
        {query.isSuccess ? texts.tips.count(query.data.total) : ''}
      </p>
      {query.isPending ? (
        <LoadingState lines={3} />
      ) : query.isError ? (
        <ErrorState
          message={readApiError(query.error).message}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.items.length === 0 ? (
        <p className="empty">{texts.tips.empty}</p>
      ) : (
        <div
          aria-busy={query.isPlaceholderData}
          className={query.isPlaceholderData ? 'is-refreshing' : undefined}
        >
          <ul className="tip-list">
            {query.data.items.map((tip) => (
              <li key={tip.id}>
                <TipCard
                  tip={tip}
                  themeLabels={tip.themeIds.flatMap((id) => labelOf.get(id) ?? [])}
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
