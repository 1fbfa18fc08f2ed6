import { formatDayMonthYear, reportTipKindLabels } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import type { TipListOutput } from '../api/api-types';
import { MarkedText } from '../common/MarkedText';
import { Tag } from '../common/Markers';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** A tip of the tips bank: its kind, its text with search matches marked, where it came from. */
export function TipCard({
  tip,
  themeLabels,
}: {
  tip: TipListOutput['items'][number];
  themeLabels: string[];
}) {
  return (
    <article className="tip-card">
      <p className="tip-card__kind">{reportTipKindLabels[tip.kind]}</p>
      <p className="tip-card__text">
        <MarkedText parts={tip.parts} />
      </p>
      <p className="tip-card__source">
        {tip.sectionHeading ? (
          <span className="tip-card__question">
            {texts.tips.question}: „{tip.sectionHeading}”
          </span>
        ) : null}
        <span>
          {texts.tips.fromReport}{' '}
          <Link href={paths.report(tip.report.slug)}>{tip.report.title}</Link>
          {' · '}
          <time dateTime={tip.sessionStartsAt}>
            {texts.tips.sessionOf(formatDayMonthYear(tip.sessionStartsAt))}
          </time>
        </span>
      </p>
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
