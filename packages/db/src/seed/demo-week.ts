import type { ProgrammeItem, WeekDay, WeekEdition } from '@jamsessie/domain';
import { toInstant, weekDaysFor } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { organisationId } from './demo-organisations.js';
import { WEEK_2021_DAYS } from './demo-week-2021.js';
import type { DaySpec } from './demo-week-spec.js';

/** The id of the 2021 edition. */
export const WEEK_2021_ID = demoId('week:2021');
/** The id of the 2022 edition. */
export const WEEK_2022_ID = demoId('week:2022');

/** The id of a week day by its date. */
export const weekDayId = (date: string): string => demoId(`week-day:${date}`);
/** The id of a programme item by its day and key. */
export const programmeItemId = (date: string, key: string): string =>
  demoId(`programme-item:${date}:${key}`);

/**
 * The 2022 edition (7–11 November 2022): the text gives only the dates, so each day gets just a
 * plenary start and the RV Late Nightshow, and says plainly that it is a demo programme.
 */
function week2022Days(): DaySpec[] {
  return weekDaysFor({ startsOn: '2022-11-07' }).map(({ date, sector, title }) => ({
    date,
    sector,
    title,
    summary: `Demoprogramma van de tweede Week van de Radicale vernieuwing: ${title.toLowerCase()}.`,
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start',
        description: 'Opening van de dag, in Utrecht en online.',
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [['Marloes Vermeer', 'host', 'loc-waardevolle-zorg']],
      },
      {
        key: 'late-night',
        kind: 'late_night_show',
        title: 'RV Late Nightshow',
        description: 'De talkshow die de dag afsluit.',
        start: '20:00',
        end: '21:00',
        online: true,
        location: null,
        roles: [
          ['Marloes Vermeer', 'host', 'loc-waardevolle-zorg'],
          ['Ruben Bakker', 'guest', 'zorggroep-de-linde-demo'],
        ],
      },
    ],
  }));
}

/** The demo week editions with their days and programme items. */
export type DemoWeek = { editions: WeekEdition[]; days: WeekDay[]; items: ProgrammeItem[] };

function buildDays(editionId: string, specs: DaySpec[]): Omit<DemoWeek, 'editions'> {
  const days: WeekDay[] = [];
  const items: ProgrammeItem[] = [];
  for (const spec of specs) {
    const dayId = weekDayId(spec.date);
    days.push({
      id: dayId,
      editionId,
      date: spec.date,
      sector: spec.sector,
      title: spec.title,
      summary: spec.summary,
      recordingUrl: null,
      reportUrl: null,
      version: 1,
    });
    for (const item of spec.items) {
      items.push({
        id: programmeItemId(spec.date, item.key),
        dayId,
        kind: item.kind,
        title: item.title,
        description: item.description,
        startsAt: toInstant(spec.date, item.start),
        endsAt: toInstant(spec.date, item.end),
        online: item.online,
        location: item.location,
        organisationId: item.organisation ? organisationId(item.organisation) : null,
        proposalStatus: item.proposalStatus ?? 'accepted',
        roles: item.roles.map(([personName, role, organisation]) => ({
          personName,
          role,
          organisationId: organisation ? organisationId(organisation) : null,
        })),
        version: 1,
      });
    }
  }
  return { days, items };
}

/** The 2021 and 2022 editions of the Week van de Radicale vernieuwing. */
export function demoWeeks(): DemoWeek {
  const editions: WeekEdition[] = [
    {
      id: WEEK_2021_ID,
      slug: 'week-van-de-radicale-vernieuwing-2021',
      year: 2021,
      title: 'Week van de Radicale vernieuwing 2021',
      motto: 'samen doorbreken we muren!',
      startsOn: '2021-11-01',
      endsOn: '2021-11-05',
      location: 'Utrecht en online',
      version: 1,
    },
    {
      id: WEEK_2022_ID,
      slug: 'week-van-de-radicale-vernieuwing-2022',
      year: 2022,
      title: 'Week van de Radicale vernieuwing 2022',
      // The 2021 text announces only the dates of the 2022 edition, not its motto.
      motto: '',
      startsOn: '2022-11-07',
      endsOn: '2022-11-11',
      location: 'Utrecht en online',
      version: 1,
    },
  ];
  const first = buildDays(WEEK_2021_ID, WEEK_2021_DAYS);
  const second = buildDays(WEEK_2022_ID, week2022Days());
  return {
    editions,
    days: [...first.days, ...second.days],
    items: [...first.items, ...second.items],
  };
}
