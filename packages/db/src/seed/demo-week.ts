import type { ProgrammeItem, WeekDay, WeekEdition } from '@jamsessie/domain';
import { toInstant, weekDaysFor } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { organisationId } from './demo-organisations.js';
import { WEEK_2021_DAYS } from './demo-week-2021.js';
import { HOST, lateNight, type DaySpec } from './demo-week-spec.js';

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
 * What the 2021 write-up says of the 2022 edition: 7–11 November 2022, again a day per sector in
 * the same order, in Utrecht and online. The programme of each day follows the 2021 shape (a
 * plenary start and the RV Late Nightshow); the summaries say only what the sources say.
 */
const WEEK_2022_SUMMARIES: Readonly<Record<WeekDay['sector'], string>> = {
  zorg: 'De tweede Week opent, net als in 2021, met de dag over zorg in verpleeghuizen en thuis. Een jaar na ‘maak het klein’: welke kleine stappen hebben deelnemers gezet, en wat leverde dat bewoners, naasten en medewerkers op? In Utrecht en online.',
  'langdurige-ggz':
    'De dag van de langdurige ggz: verder op de weg ‘van diagnoses naar relaties’, met wijkgericht werken, ervaringsdeskundigheid en duurzame nazorg na een opname. In Utrecht en online.',
  zorgonderwijs:
    'De dag van het zorgonderwijs: opleiden in de praktijk, met relaties als uitgangspunt en persoonsgericht onderwijs. Leerlingen en docenten vertellen wat dat cliënten oplevert. In Utrecht en online.',
  jeugdzorg:
    'De dag van de jeugdzorg, het eerste jaar van de vernieuwingsbeweging die in 2021 werd aangekondigd: kinderen die veilig en fijn opgroeien, met zo min mogelijk zorg. In Utrecht en online.',
  'voorbij-sectoren':
    'Voorbij sectoren: hoe willen we samen leven, werken en wonen, zodat mensen een waardevol leven leiden en er minder zorg nodig is? Met financiers en VWS, zoals in 2021 afgesproken. In Utrecht en online.',
};

/** A returning guest per day of 2022 (invented names, organisations from the 2021 text). */
const WEEK_2022_GUESTS: Readonly<Record<WeekDay['sector'], [string, 'guest', string]>> = {
  zorg: ['Lotte Jansen', 'guest', 'woonzorg-het-baken-demo'],
  'langdurige-ggz': ['Koen Vos', 'guest', 'kwintes'],
  zorgonderwijs: ['Hanna de Groot', 'guest', 'leerhuis-zorg-en-welzijn-demo'],
  jeugdzorg: ['Naomi Kok', 'guest', 'jeugdhulp-voldoende-beschermd'],
  'voorbij-sectoren': ['Femke Smit', 'guest', 'cz-zorgkantoor'],
};

function week2022Days(): DaySpec[] {
  return weekDaysFor({ startsOn: '2022-11-07' }).map(({ date, sector, title }) => ({
    date,
    sector,
    title,
    summary: WEEK_2022_SUMMARIES[sector],
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start',
        description: `Opening van de dag: ${title.replace(/^\w+: /, '')}. In Utrecht en online.`,
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [[HOST, 'host', 'loc-waardevolle-zorg']],
      },
      {
        key: 'late-night',
        ...lateNight(`De talkshow die de dag afsluit: ${title.replace(/^\w+: /, '')}.`),
        roles: [[HOST, 'host', 'loc-waardevolle-zorg'], WEEK_2022_GUESTS[sector]],
      },
    ],
  }));
}

/**
 * Where the 2021 write-up points for each day: the recordings (of the programme and the Late
 * Nightshow) and the extended report. Demo addresses under a reserved example domain.
 */
const WEEK_2021_LINKS: Readonly<Record<string, Pick<WeekDay, 'recordingUrl' | 'reportUrl'>>> = {
  '2021-11-01': {
    recordingUrl: 'https://video.radicalevernieuwing.example/week-2021/maandag',
    reportUrl: 'https://www.radicalevernieuwing.example/week-2021/verslag-maandag',
  },
  '2021-11-02': {
    recordingUrl: 'https://video.radicalevernieuwing.example/week-2021/dinsdag',
    reportUrl: null,
  },
  '2021-11-03': {
    recordingUrl: 'https://video.radicalevernieuwing.example/week-2021/woensdag',
    reportUrl: 'https://www.radicalevernieuwing.example/week-2021/verslag-woensdag',
  },
  '2021-11-04': {
    recordingUrl: 'https://video.radicalevernieuwing.example/week-2021/donderdag-late-nightshow',
    reportUrl: null,
  },
  '2021-11-05': {
    recordingUrl: null,
    reportUrl: 'https://platform.radicalevernieuwing.example/week-2021/verslag-vrijdag',
  },
};

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
      recordingUrl: WEEK_2021_LINKS[spec.date]?.recordingUrl ?? null,
      reportUrl: WEEK_2021_LINKS[spec.date]?.reportUrl ?? null,
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
      // The source's "De week in 9 minuten": a demo address under a reserved example domain.
      videoUrl: 'https://video.radicalevernieuwing.example/week-2021/de-week-in-9-minuten',
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
      videoUrl: null,
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
