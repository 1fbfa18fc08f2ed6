import type {
  ActionTeam,
  ConsentRecord,
  Dilemma,
  Keyword,
  Movement,
  Organisation,
  Participation,
  Person,
  ProgrammeItem,
  Report,
  Series,
  Session,
  Theme,
  WeekDay,
  WeekEdition,
} from '@jamsessie/domain';
import { demoDilemmas } from './demo-dilemmas.js';
import {
  demoActionTeams,
  demoMovements,
  demoOrganisations,
  demoParticipations,
} from './demo-organisations.js';
import { demoPeople } from './demo-people.js';
import { type DemoProtocolRun, demoProtocolRun } from './demo-protocol.js';
import { demoAttendance, demoConsents, demoReport } from './demo-report.js';
import { demoSeries, demoSessions } from './demo-series.js';
import { demoKeywords, demoThemes } from './demo-taxonomy.js';
import { demoWeeks } from './demo-week.js';
import { demoWeekSessions } from './demo-week-sessions.js';

/** Everything the demo database holds, as domain objects, in an order that respects references. */
export type DemoData = {
  movements: Movement[];
  organisations: Organisation[];
  participations: Participation[];
  actionTeams: ActionTeam[];
  themes: Theme[];
  keywords: Keyword[];
  series: Series[];
  weekEditions: WeekEdition[];
  weekDays: WeekDay[];
  programmeItems: ProgrammeItem[];
  /** The series' jam sessions, then one week_item session per accepted programme item. */
  sessions: Session[];
  people: Person[];
  dilemmas: Dilemma[];
  reports: Report[];
  consents: ConsentRecord[];
  /** Who attended which session (the 3 March participants). */
  attendance: { sessionId: string; personId: string }[];
  /** The finished protocol run of 3 March 2025. */
  protocolRuns: DemoProtocolRun[];
};

/**
 * Builds the demo data from the two source texts: the movements and organisations they name,
 * the 2025 jam-session series of action team VVLG (continued through the twelve months after
 * `now`), the 3 March 2025 session with its dilemmas and published report, a private dilemma
 * for 7 April, and the 2021 and 2022 editions of the Week van de Radicale vernieuwing.
 * Pure and deterministic: the same `now` gives the same data, with stable ids (`demoId`).
 * People's names are invented; `now` only decides how far the series runs and which
 * sessions are already held.
 *
 * @example buildDemoData(new Date('2026-11-23T10:00:00Z')).sessions.length // 66: 33 jam sessions, 33 week items
 */
export function buildDemoData(now: Date): DemoData {
  const themes = demoThemes();
  const series = demoSeries(now);
  const week = demoWeeks();
  const dilemmas = demoDilemmas();
  const consents = demoConsents();
  const run = demoProtocolRun(dilemmas);
  return {
    movements: demoMovements(),
    organisations: demoOrganisations(),
    participations: demoParticipations(),
    actionTeams: demoActionTeams(),
    themes,
    keywords: demoKeywords(),
    series: [series],
    weekEditions: week.editions,
    weekDays: week.days,
    programmeItems: week.items,
    // Jam sessions first (a test relies on their order), then the week's agenda entries.
    sessions: [
      ...demoSessions(series, themes, now),
      ...demoWeekSessions(week.days, week.items, now),
    ],
    people: demoPeople(),
    dilemmas,
    reports: [demoReport(dilemmas, consents)],
    consents,
    attendance: demoAttendance(),
    protocolRuns: run ? [run] : [],
  };
}
