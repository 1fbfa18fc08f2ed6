import type {
  AgendaEntry,
  ProgrammeItemView,
  ThemeView,
  WeekDayProgramme,
  WeekEditionSummary,
} from '../api/api-types';

/** Stable fake ids for the tests (UUID-shaped, never real data). */
export const ids = {
  openDeuren: '00000000-0000-4000-8000-000000000001',
  thuis: '00000000-0000-4000-8000-000000000002',
  series: '00000000-0000-4000-8000-000000000003',
  zorg: '00000000-0000-4000-8000-000000000004',
  edition: '00000000-0000-4000-8000-000000000005',
  day: '00000000-0000-4000-8000-000000000006',
};

/** The two series themes. */
export const themes: ThemeView[] = [
  { id: ids.openDeuren, slug: 'open-deuren', label: 'Open deuren', version: 1 },
  {
    id: ids.thuis,
    slug: 'vrijheid-en-veiligheid-thuissituatie',
    label: 'Vrijheid en veiligheid voor het levensgeluk in de thuissituatie',
    version: 1,
  },
];

/** A public jam session of the 2025 series; override what a test needs. */
export function sessionEntry(overrides: Partial<AgendaEntry> = {}): AgendaEntry {
  return {
    id: '10000000-0000-4000-8000-000000000407',
    slug: 'jamsessie-7-april-2025',
    kind: 'jam_session',
    seriesId: ids.series,
    programmeItemId: null,
    title: 'Jamsessie Vrijheid en veiligheid in de thuissituatie',
    description: 'Breng een vraag of dilemma uit je eigen praktijk mee.',
    themeIds: [ids.thuis],
    movementIds: [ids.zorg],
    startsAt: '2025-04-07T11:00:00.000Z',
    endsAt: '2025-04-07T12:00:00.000Z',
    online: true,
    location: null,
    status: 'held',
    cancellationReason: null,
    sequence: 0,
    version: 1,
    linkOnRequest: true,
    seriesSlug: 'jamsessies-vvlg',
    seriesTitle: 'Jamsessies Vrijheid en veiligheid',
    ...overrides,
  };
}

/** The 2021 edition of the week. */
export function edition(overrides: Partial<WeekEditionSummary> = {}): WeekEditionSummary {
  return {
    id: ids.edition,
    slug: 'week-van-de-radicale-vernieuwing-2021',
    year: 2021,
    title: 'Week van de Radicale vernieuwing 2021',
    motto: 'samen doorbreken we muren!',
    videoUrl: null,
    startsOn: '2021-11-01',
    endsOn: '2021-11-05',
    location: 'Utrecht en online',
    version: 1,
    ...overrides,
  };
}

/** A programme item of the 2021 Monday. */
export function programmeItem(overrides: Partial<ProgrammeItemView> = {}): ProgrammeItemView {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    dayId: ids.day,
    kind: 'local_programme',
    title: 'Open deuren-wandeling door de wijk',
    description: 'Bewoners, naasten en buren lopen samen een rondje door de wijk.',
    startsAt: '2021-11-01T13:00:00.000Z',
    endsAt: '2021-11-01T15:00:00.000Z',
    online: false,
    location: 'Zorggroep De Linde (demo), Amersfoort',
    organisationId: null,
    organisationName: 'Zorggroep De Linde (demo)',
    roles: [],
    ...overrides,
  };
}

/** The 2021 Monday with the given items. */
export function weekDay(items: ProgrammeItemView[]): WeekDayProgramme {
  return {
    day: {
      id: ids.day,
      editionId: ids.edition,
      date: '2021-11-01',
      sector: 'zorg',
      title: 'Maandag: zorg in verpleeghuizen en thuis',
      summary: 'Maak het klein.',
      recordingUrl: null,
      reportUrl: null,
      version: 1,
    },
    items,
  };
}
