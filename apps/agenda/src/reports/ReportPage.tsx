import { formatDayMonthYear, formatSessionTime } from '@jamsessie/domain';
import { isNotFound, Link } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { useKeywords, useThemes } from '../data/use-catalogue';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { serializeReportFilters, noReportFilters } from './report-filters';
import { ReportSectionView } from './ReportSectionView';

/**
 * A report: intro, a section per discussed question, the general tips, participants'
 * reactions (only those quotable, as the API projects), documents and tags.
 */
export function ReportPage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.reports.bySlug.queryOptions({ slug }));
  const themes = useThemes();
  const keywords = useKeywords();
  useDocumentTitle(
    query.data?.report.title ??
      (query.isError ? texts.reports.notFoundTitle : texts.common.loading),
  );

  if (query.isPending) return <LoadingState lines={4} />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundPage title={texts.reports.notFoundTitle} />;
    return (
      <ErrorState
        message={readApiError(query.error).message}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { report, session, nextSession } = query.data;
  const reportThemes = (themes.data ?? []).filter((theme) => report.themeIds.includes(theme.id));
  const reportKeywords = (keywords.data ?? []).filter((keyword) =>
    report.keywordIds.includes(keyword.id),
  );

  return (
    <article className="report narrow">
      <nav aria-label={texts.common.breadcrumbLabel} className="breadcrumb">
        <Link href={paths.reports()}>{texts.reports.title}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{report.title}</span>
      </nav>
      <h1>{report.title}</h1>
      <p className="report__meta">
        {report.publishedAt ? (
          <time dateTime={report.publishedAt}>
            {texts.reports.published(formatDayMonthYear(report.publishedAt))}
          </time>
        ) : null}
        {session ? (
          <>
            {' · '}
            {texts.reports.session}{' '}
            <Link href={paths.session(session.slug)}>
              {formatSessionTime(session.startsAt, session.endsAt)}
            </Link>
          </>
        ) : null}
      </p>
      {report.intro ? <p className="lead">{report.intro}</p> : null}
      {nextSession ? (
        <p className="report__next">
          {texts.reports.nextSession}{' '}
          <Link href={paths.session(nextSession.slug)}>
            {formatSessionTime(nextSession.startsAt, nextSession.endsAt)}
          </Link>
        </p>
      ) : null}
      {report.sections.map((section, index) => (
        <ReportSectionView key={section.heading} section={section} index={index} />
      ))}
      {report.reactions.length > 0 ? (
        <section className="report-section" aria-labelledby="reacties">
          <h2 id="reacties">{texts.reports.reactions}</h2>
          <ul className="reactions">
            {report.reactions.map((reaction) => (
              <li key={reaction.id}>
                <blockquote>
                  <p>{reaction.text}</p>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.tips.length > 0 ? (
        <section className="report-section tips tips--general" aria-labelledby="tips-algemeen">
          <h2 id="tips-algemeen">{texts.reports.generalTips}</h2>
          <ul>
            {report.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="report__tips-link">
        <Link href={paths.tips()}>{texts.tips.allTips}</Link>
      </p>
      {report.attachments.length > 0 ? (
        <section className="report-section" aria-labelledby="documenten">
          <h2 id="documenten">{texts.reports.attachments}</h2>
          <ul className="downloads">
            {report.attachments.map((attachment) => (
              <li key={attachment.url}>
                <a href={attachment.url}>{attachment.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {reportThemes.length + reportKeywords.length > 0 ? (
        <section className="report-section report-tags" aria-labelledby="meer-over">
          <h2 id="meer-over">{texts.reports.tags}</h2>
          {reportThemes.length > 0 ? (
            <p>
              <span className="report-tags__label">{texts.reports.themes}: </span>
              {reportThemes.map((theme) => (
                <Link
                  key={theme.id}
                  className="tag tag--link"
                  href={`${paths.reports()}${serializeReportFilters({ ...noReportFilters, theme: theme.slug })}`}
                >
                  {theme.label}
                </Link>
              ))}
            </p>
          ) : null}
          {reportKeywords.length > 0 ? (
            <p>
              <span className="report-tags__label">{texts.reports.keywords}: </span>
              {reportKeywords.map((keyword) => (
                <Link
                  key={keyword.id}
                  className="tag tag--link"
                  href={`${paths.reports()}${serializeReportFilters({ ...noReportFilters, keyword: keyword.slug })}`}
                >
                  {keyword.label}
                </Link>
              ))}
            </p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
