import type { PlannedDate, Series, Session, Theme } from '@jamsessie/domain';
import {
  planSeries,
  sessionFromPlannedDate,
  toLocalParts,
  hasSessionEnded,
} from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { VVLG_ACTION_TEAM_ID, movementId } from './demo-organisations.js';
import { OPEN_DEUREN, THUISSITUATIE, themeId } from './demo-taxonomy.js';

/** The id of the 2025 jam-session series. */
export const SERIES_ID = demoId('series:jamsessies-vvlg');

/**
 * The series' meeting link. Fictional and PRIVATE: tests search every public output for it.
 */
export const DEMO_MEETING_LINK = 'https://zoom.example/j/demo-jamsessie-link';

/** The id of the series session on a regular date (a moved session keeps its regular date's id). */
export const sessionId = (regularDate: string): string =>
  demoId(`session:jamsessies-vvlg:${regularDate}`);

/** The same calendar day a year later ('2024-02-29' becomes '2025-02-28'). */
function oneYearLater(date: string): string {
  const [year, month, day] = date.split('-');
  const next = `${Number(year) + 1}-${month}-${day}`;
  return month === '02' && day === '29' ? next.replace(/-29$/, '-28') : next;
}

/**
 * The last date of the series: all of 2025 (the text's "Jamsessies in heel 2025"), and at
 * least twelve months after `now`, so a newcomer's agenda is never empty.
 */
export function seriesLastDate(now: Date): string {
  const horizon = oneYearLater(toLocalParts(now.toISOString()).date);
  return horizon > '2025-12-31' ? horizon : '2025-12-31';
}

/**
 * The monthly jam sessions of action team VVLG: first Monday, 13:00–14:00 Amsterdam time,
 * alternating "Open deuren" and "thuissituatie", from 3 March 2025.
 */
export function demoSeries(now: Date): Series {
  return {
    id: SERIES_ID,
    slug: 'jamsessies-vvlg',
    title: 'Jamsessies Vrijheid en veiligheid',
    description:
      'Korte online Jamsessies van een uur, elke maand: sparren, improviseren en samen zoeken. ' +
      'De ene maand over open deuren, de volgende over vrijheid en veiligheid voor het levensgeluk ' +
      'in de thuissituatie. Voor alle betrokkenen bij zorgorganisaties die deelnemen aan ' +
      'Radicale vernieuwing en voor leden van LOC Waardevolle zorg. Er is één vaste link voor alle ' +
      'Jamsessies; vraag die aan via radicalevernieuwing@loc.nl. Aanmelden is niet nodig.',
    actionTeamId: VVLG_ACTION_TEAM_ID,
    recurrence: {
      kind: 'monthly_nth_weekday',
      weekday: 1,
      nth: 1,
      startTime: '13:00',
      durationMinutes: 60,
    },
    themeRotation: [themeId(OPEN_DEUREN), themeId(THUISSITUATIE)],
    // The sources name no moved dates: holidays stay flagged for a coordinator to decide.
    exceptions: [],
    meetingLink: DEMO_MEETING_LINK,
    eligibility: { participatingOrganisations: true, locMembers: true, extraEmailDomains: [] },
    documents: [
      { kind: 'schedule', title: 'Jamsessies VVLG 2025' },
      {
        kind: 'description',
        title: 'Beschrijving online jamsessies vrijheid en veiligheid voor het levensgeluk',
      },
    ],
    firstDate: '2025-03-03',
    lastDate: seriesLastDate(now),
    version: 1,
  };
}

const themeDescriptions: Record<string, string> = {
  [OPEN_DEUREN]:
    'Jamsessie over het openen van de deuren van het verpleeghuis. Breng een vraag of dilemma uit je eigen praktijk mee: wat heb je nodig om volgende stappen te zetten, welke goede ervaringen wil je delen?',
  [THUISSITUATIE]:
    'Jamsessie over vrijheid en veiligheid voor het levensgeluk van cliënten (Wet zorg en dwang) in de thuissituatie. Breng een vraag of dilemma uit je eigen praktijk mee.',
};

function toSession(
  planned: PlannedDate,
  series: Series,
  themes: readonly Theme[],
  now: Date,
): Session {
  const theme = themes.find((candidate) => candidate.id === planned.themeId);
  const session = sessionFromPlannedDate(series, planned, {
    id: sessionId(planned.exception?.date ?? planned.date),
    movementIds: [movementId('zorg')],
  });
  return {
    ...session,
    description: (theme && themeDescriptions[theme.slug]) ?? session.description,
    status: hasSessionEnded(planned, now.toISOString()) ? 'held' : 'planned',
  };
}

/** Every session of the series up to its last date, planned by the domain's `planSeries`. */
export function demoSessions(series: Series, themes: readonly Theme[], now: Date): Session[] {
  const planned = planSeries(
    series,
    { from: series.firstDate, to: series.lastDate ?? series.firstDate },
    themes,
  );
  return planned.map((date) => toSession(date, series, themes, now));
}
