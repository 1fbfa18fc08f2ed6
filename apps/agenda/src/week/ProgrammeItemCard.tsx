import { formatTime, programmeItemKindLabels } from '@jamsessie/domain';
import type { ProgrammeItemView } from '../api/api-types';
import { OnlineMarker } from '../common/Markers';
import { texts } from '../texts';
import { ProgrammePeople } from './ProgrammePeople';
import { peopleByRole } from './week-programme';

/** One programme item (heading level 3, or 4 under a sub-heading): time, kind, title, description, where, and who hosts and joins. */
export function ProgrammeItemCard({ item, level = 3 }: { item: ProgrammeItemView; level?: 3 | 4 }) {
  const people = peopleByRole(item.roles);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article className={`programme-item programme-item--${item.kind}`}>
      <p className="programme-item__meta">
        <time dateTime={item.startsAt}>
          {formatTime(item.startsAt)}–{formatTime(item.endsAt)} uur
        </time>
        <span className="programme-item__kind">{programmeItemKindLabels[item.kind]}</span>
      </p>
      <Heading className="programme-item__title">{item.title}</Heading>
      {item.description ? <p>{item.description}</p> : null}
      <div className="card__tags">
        {item.online ? <OnlineMarker /> : null}
        {item.location ? <span className="card__location">{item.location}</span> : null}
        {item.organisationName ? (
          <span className="card__location">{texts.week.hostedBy(item.organisationName)}</span>
        ) : null}
      </div>
      {item.roles.length > 0 ? (
        <dl className="roles">
          {people.host.length > 0 ? (
            <div>
              <dt>{texts.week.hosts}</dt>
              <dd>
                <ProgrammePeople people={people.host} />
              </dd>
            </div>
          ) : null}
          {people.speaker.length > 0 ? (
            <div>
              <dt>{texts.week.speakers}</dt>
              <dd>
                <ProgrammePeople people={people.speaker} />
              </dd>
            </div>
          ) : null}
          {people.guest.length > 0 ? (
            <div>
              <dt>{texts.week.guests}</dt>
              <dd>
                <ProgrammePeople people={people.guest} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </article>
  );
}
