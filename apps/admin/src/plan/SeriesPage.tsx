import { isNotFound, Link, useLocation } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { describeRecurrence, toLocalParts } from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeader } from '../common/PageHeader';
import { paths, yearParam } from '../routing/routes';
import { texts } from '../texts';
import { DocumentsForm } from './DocumentsForm';
import { EligibilityForm } from './EligibilityForm';
import { MeetingLinkForm } from './MeetingLinkForm';
import { RuleForm } from './RuleForm';
import { SeriesEndPanel } from './SeriesEndPanel';
import { useRefreshSeries } from './use-series-mutation';
import { YearPlan } from './YearPlan';

/**
 * One series on one page: the year planner (accept, move or skip dates), the private meeting
 * link, the downloads, who is eligible, and the rule itself.
 */
export function SeriesPage({ seriesId }: { seriesId: string }) {
  const trpc = useTRPC();
  const { search } = useLocation();
  const thisYear = Number(toLocalParts(new Date().toISOString()).date.slice(0, 4));
  const year = yearParam(search, thisYear);
  const detail = useQuery(trpc.admin.series.get.queryOptions({ id: seriesId }));
  const refresh = useRefreshSeries();
  const [generation, setGeneration] = useState(0);
  if (detail.isPending) return <LoadingState lines={4} />;
  if (detail.isError) {
    if (isNotFound(detail.error)) return <NotFoundPage />;
    return (
      <ErrorState
        message={readApiError(detail.error).message}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  const { series } = detail.data;
  // Forms keep what was typed across saves; after a conflict "load newest" starts them afresh.
  const key = `${series.id}-${generation}`;
  const reload = () => {
    void refresh().then(() => setGeneration((g) => g + 1));
  };
  return (
    <div className="page">
      <PageHeader
        eyebrow={texts.plan.seriesEyebrow}
        title={series.title}
        lead={describeRecurrence(series.recurrence)}
      />
      <section className="card" aria-labelledby="year-title">
        <div className="row row--between">
          <h2 id="year-title" className="card__title">
            {texts.plan.yearTitle(year)}
          </h2>
          <nav className="row" aria-label={texts.plan.yearLabel}>
            <Link
              className="button button--ghost button--small"
              href={paths.series(series.id, year - 1)}
            >
              {texts.plan.prevYear(year - 1)}
            </Link>
            <Link
              className="button button--ghost button--small"
              href={paths.series(series.id, year + 1)}
            >
              {texts.plan.nextYear(year + 1)}
            </Link>
          </nav>
        </div>
        <p className="card__intro">{texts.plan.previewLead}</p>
        <YearPlan seriesId={series.id} year={year} />
      </section>
      <div className="grid grid--2 section">
        <section className="card" aria-labelledby="link-title">
          <h2 id="link-title" className="card__title">
            {texts.plan.linkTitle}
          </h2>
          <p className="card__intro">{texts.plan.linkLead}</p>
          <MeetingLinkForm key={key} series={series} onReload={reload} />
        </section>
        <section className="card" aria-labelledby="eligibility-title">
          <h2 id="eligibility-title" className="card__title">
            {texts.plan.eligibilityTitle}
          </h2>
          <p className="card__intro">{texts.plan.eligibilityLead}</p>
          <EligibilityForm key={key} series={series} onReload={reload} />
        </section>
      </div>
      <section className="card section" aria-labelledby="docs-title">
        <h2 id="docs-title" className="card__title">
          {texts.plan.docsTitle}
        </h2>
        <p className="card__intro">{texts.plan.docsLead}</p>
        <DocumentsForm key={key} series={series} onReload={reload} />
      </section>
      <section className="card section" aria-labelledby="rule-title">
        <h2 id="rule-title" className="card__title">
          {texts.plan.ruleTitle}
        </h2>
        <RuleForm key={key} series={series} onReload={reload} />
      </section>
      <SeriesEndPanel series={series} sessionCount={detail.data.sessions.length} />
    </div>
  );
}
