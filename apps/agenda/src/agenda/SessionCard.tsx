import { formatSessionTime, sessionKindLabels } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import type { AgendaEntry } from '../api/api-types';
import { CancelledMarker, OnlineMarker, Tag } from '../common/Markers';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { DateBadge } from './DateBadge';
import { linkAttributes, type LinkTarget } from './link-target';

/** Props of {@link SessionCard}. */
export type SessionCardProps = {
  entry: AgendaEntry;
  themeLabels: readonly string[];
  linkTarget: LinkTarget;
};

/** A session in the agenda: date, title, Dutch time, online marker, themes, cancellation. */
export function SessionCard({ entry, themeLabels, linkTarget }: SessionCardProps) {
  const cancelled = entry.status === 'cancelled';
  return (
    <article className={`card${cancelled ? ' card--cancelled' : ''}`}>
      <DateBadge instant={entry.startsAt} />
      <div className="card__body">
        <p className="card__kicker">{entry.seriesTitle ?? sessionKindLabels[entry.kind]}</p>
        <h3 className="card__title">
          <Link href={paths.session(entry.slug)} {...linkAttributes(linkTarget)}>
            {entry.title}
            {linkTarget === 'newTab' ? (
              <span className="visually-hidden"> {texts.common.opensInNewTab}</span>
            ) : null}
          </Link>
        </h3>
        <p className="card__time">
          <time dateTime={entry.startsAt}>{formatSessionTime(entry.startsAt, entry.endsAt)}</time>
        </p>
        <div className="card__tags">
          {entry.online ? <OnlineMarker /> : null}
          {entry.location ? <span className="card__location">{entry.location}</span> : null}
          {themeLabels.map((label) => (
            <Tag key={label}>{label}</Tag>
          ))}
        </div>
        {cancelled ? <CancelledMarker reason={entry.cancellationReason} /> : null}
      </div>
    </article>
  );
}
