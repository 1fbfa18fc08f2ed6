import {
  planYear,
  sessionFromPlannedDate,
  slugify,
  type Id,
  type PlannedDate,
  type Series,
  type Session,
  type Theme,
} from '@jamsessie/domain';
import type { PlanOptions } from './cli.args.js';

/** The series and themes a command line describes, with ids that are the same every run. */
export type CliSeries = {
  series: Pick<
    Series,
    | 'id'
    | 'title'
    | 'description'
    | 'recurrence'
    | 'themeRotation'
    | 'exceptions'
    | 'firstDate'
    | 'lastDate'
  >;
  themes: Theme[];
};

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint of a title. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A version-4-shaped UUID from a title fingerprint and twelve more hex digits: the same on every run. */
export function stableId(title: string, tail: string): Id {
  return `${fingerprint(title)}-0000-4000-8000-${tail.padStart(12, '0').slice(-12)}`;
}

/**
 * Turns the options into a series starting on 1 January of the year (so the theme rotation
 * starts with the first theme in January) and themes with stable ids.
 *
 * @example cliSeries({ year: 2026, recurrence, themes: ['Open deuren'], title: 'Jamsessies' }).themes[0].label // 'Open deuren'
 */
export function cliSeries(plan: PlanOptions): CliSeries {
  const themes: Theme[] = plan.themes.map((label, index) => ({
    id: stableId(plan.title, String(index + 1)),
    slug: slugify(label) || `thema-${index + 1}`,
    label,
    // Themes made up on the command line are never edited: their first version.
    version: 1,
  }));
  return {
    series: {
      id: stableId(plan.title, '0'),
      title: plan.title,
      description: '',
      recurrence: plan.recurrence,
      themeRotation: themes.map((theme) => theme.id),
      exceptions: [],
      firstDate: `${plan.year}-01-01`,
      lastDate: null,
    },
    themes,
  };
}

/**
 * The planned dates of the year, with theme labels and holiday/carnival flags.
 *
 * @example plannedDates(plan).map((d) => d.date) // ['2026-01-05', '2026-02-02', …]
 */
export function plannedDates(plan: PlanOptions): PlannedDate[] {
  const { series, themes } = cliSeries(plan);
  return planYear(series, plan.year, themes);
}

/**
 * One session per planned date, with an id derived from the title and the date: importing
 * the same year's file again updates the events instead of doubling them.
 *
 * @example plannedSessions(plan)[0].id // '…-0000-4000-8000-202601050000'
 */
export function plannedSessions(plan: PlanOptions): Session[] {
  const { series, themes } = cliSeries(plan);
  return planYear(series, plan.year, themes).map((planned) =>
    sessionFromPlannedDate(series, planned, {
      id: stableId(plan.title, `${planned.date.replaceAll('-', '')}0000`),
      movementIds: [],
    }),
  );
}
