import { formatSessionTime, programmeItemKindLabels } from '@jamsessie/domain';
import type { ProgrammeItemView, WeekEditionSummary } from '../api/api-types';
import { OnlineMarker } from '../common/Markers';
import { Link } from '../routing/Link';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { DateBadge } from './DateBadge';
import { linkAttributes, type LinkTarget } from './link-target';

/** Props of {@link ProgrammeCard}. */
export type ProgrammeCardProps = {
  item: ProgrammeItemView;
  edition: WeekEditionSummary;
  dayDate: string;
  linkTarget: LinkTarget;
};

/** A programme at an organisation's own location, linking to its day in the edition. */
export function ProgrammeCard({ item, edition, dayDate, linkTarget }: ProgrammeCardProps) {
  return (
    <article className="card card--local">
      <DateBadge instant={item.startsAt} />
      <div className="card__body">
        <p className="card__kicker">
          {programmeItemKindLabels[item.kind]} · {edition.title}
        </p>
        <h3 className="card__title">
          <Link
            href={`${paths.weekEdition(edition.slug)}#dag-${dayDate}`}
            {...linkAttributes(linkTarget)}
          >
            {item.title}
            {linkTarget === 'newTab' ? (
              <span className="visually-hidden"> {texts.common.opensInNewTab}</span>
            ) : null}
          </Link>
        </h3>
        <p className="card__time">
          <time dateTime={item.startsAt}>{formatSessionTime(item.startsAt, item.endsAt)}</time>
        </p>
        <div className="card__tags">
          {item.online ? <OnlineMarker /> : null}
          {item.organisationName ? (
            <span className="card__location">{texts.week.hostedBy(item.organisationName)}</span>
          ) : null}
          {item.location ? <span className="card__location">{item.location}</span> : null}
        </div>
      </div>
    </article>
  );
}
