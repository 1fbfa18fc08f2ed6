import { formatDate, sectorLabels } from '@jamsessie/domain';
import type { WeekDayProgramme } from '../api/api-types';
import { texts } from '../texts';
import { ProgrammeItemCard } from './ProgrammeItemCard';
import { programmeBlocks } from './week-programme';

/**
 * One day of an edition: its sector, summary, the programme (plenary, parallel inspiration
 * sessions, the Late Nightshow), the local programmes, and the recording and report links.
 */
export function WeekDaySection({ programme }: { programme: WeekDayProgramme }) {
  const { day, items } = programme;
  const blocks = programmeBlocks(items);
  const locals = items.filter((item) => item.kind === 'local_programme');
  const headingId = `dag-${day.date}-titel`;
  return (
    <section className="week-day" id={`dag-${day.date}`} aria-labelledby={headingId}>
      <header className="week-day__header">
        <p className="kicker">
          <time dateTime={day.date}>{formatDate(day.date)}</time> · {sectorLabels[day.sector]}
        </p>
        <h2 id={headingId}>{day.title}</h2>
      </header>
      {day.summary ? <p className="week-day__summary">{day.summary}</p> : null}
      {blocks.length === 0 && locals.length === 0 ? <p>{texts.week.noItems}</p> : null}
      <div className="programme">
        {blocks.map((block) =>
          block.kind === 'single' ? (
            <ProgrammeItemCard key={block.item.id} item={block.item} />
          ) : (
            <div key={block.items[0]?.id} className="programme__parallel">
              {block.items.map((item) => (
                <ProgrammeItemCard key={item.id} item={item} />
              ))}
            </div>
          ),
        )}
      </div>
      {locals.length > 0 ? (
        <div className="week-day__locals">
          <h3 className="week-day__locals-title">{texts.week.localTitle}</h3>
          <div className="programme__parallel">
            {locals.map((item) => (
              <ProgrammeItemCard key={item.id} item={item} level={4} />
            ))}
          </div>
        </div>
      ) : null}
      {day.recordingUrl || day.reportUrl ? (
        <ul className="week-day__links">
          {day.recordingUrl ? (
            <li>
              <a href={day.recordingUrl}>{texts.week.recording}</a>
            </li>
          ) : null}
          {day.reportUrl ? (
            <li>
              <a href={day.reportUrl}>{texts.week.report}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
