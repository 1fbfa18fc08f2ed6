import { formatDateRange } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import type { WeekEditionSummary } from '../api/api-types';
import { OnlineMarker } from '../common/Markers';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { DateBadge } from './DateBadge';
import { linkAttributes, type LinkTarget } from './link-target';

/** A whole edition of the Week van de Radicale vernieuwing in the agenda. */
export function EditionCard({
  edition,
  linkTarget,
}: {
  edition: WeekEditionSummary;
  linkTarget: LinkTarget;
}) {
  return (
    <article className="card card--week">
      <DateBadge instant={edition.startsOn} />
      <div className="card__body">
        <p className="card__kicker">{texts.agenda.weekKicker}</p>
        <h3 className="card__title">
          <Link href={paths.weekEdition(edition.slug)} {...linkAttributes(linkTarget)}>
            {edition.title}
            {linkTarget === 'newTab' ? (
              <span className="visually-hidden"> {texts.common.opensInNewTab}</span>
            ) : null}
          </Link>
        </h3>
        <p className="card__time">
          <time dateTime={edition.startsOn}>
            {formatDateRange(edition.startsOn, edition.endsOn)}
          </time>
          {edition.location ? ` · ${edition.location}` : null}
        </p>
        {edition.motto ? <p className="card__motto">“{edition.motto}”</p> : null}
        {/online/i.test(edition.location) ? (
          <div className="card__tags">
            <OnlineMarker />
          </div>
        ) : null}
      </div>
    </article>
  );
}
