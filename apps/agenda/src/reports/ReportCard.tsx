import { formatDayMonthYear } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import type { ReportListOutput } from '../api/api-types';
import { MarkedText } from '../common/MarkedText';
import { Tag } from '../common/Markers';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** A report in the list: title, date, the snippet with search matches marked, and its themes. */
export function ReportCard({
  report,
  themeLabels,
}: {
  report: ReportListOutput['items'][number];
  themeLabels: string[];
}) {
  return (
    <article className="report-card">
      <h2 className="report-card__title">
        <Link href={paths.report(report.slug)}>
          <MarkedText parts={report.titleParts} />
        </Link>
      </h2>
      {report.publishedAt ? (
        <p className="report-card__date">
          <time dateTime={report.publishedAt}>
            {texts.reports.published(formatDayMonthYear(report.publishedAt))}
          </time>
        </p>
      ) : null}
      {report.snippet.length > 0 ? (
        <p className="report-card__snippet">
          <MarkedText parts={report.snippet} />
        </p>
      ) : null}
      {themeLabels.length > 0 ? (
        <div className="card__tags">
          {themeLabels.map((label) => (
            <Tag key={label}>{label}</Tag>
          ))}
        </div>
      ) : null}
    </article>
  );
}
