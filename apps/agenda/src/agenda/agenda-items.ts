import { toInstant, toLocalParts } from '@jamsessie/domain';
import type {
  AgendaEntry,
  ProgrammeItemView,
  WeekDayProgramme,
  WeekEditionSummary,
} from '../api/api-types';
import type { AgendaFilters } from './agenda-filters';

/** One line of the agenda: a session, a whole week edition, or a local programme of a week. */
export type AgendaItem =
  | { type: 'session'; key: string; startsAt: string; entry: AgendaEntry }
  | { type: 'edition'; key: string; startsAt: string; edition: WeekEditionSummary }
  | {
      type: 'programme';
      key: string;
      startsAt: string;
      item: ProgrammeItemView;
      day: WeekDayProgramme['day'];
      edition: WeekEditionSummary;
    };

/** The local programmes of one edition (the `week.localProgrammes` answer). */
export type EditionLocals = { edition: WeekEditionSummary; days: WeekDayProgramme[] };

type Period = { now: string; today: string };

function inPeriod(
  startsAt: string,
  endsAt: string,
  filters: AgendaFilters,
  period: Period,
): boolean {
  if (filters.year !== null) return toLocalParts(startsAt).date.startsWith(`${filters.year}-`);
  return filters.past ? endsAt <= period.now : endsAt > period.now;
}

function editionVisible(
  edition: WeekEditionSummary,
  filters: AgendaFilters,
  period: Period,
): boolean {
  // An edition spans every sector, but has no theme or series of its own.
  if (filters.theme || filters.series) return false;
  if (filters.kind !== null && filters.kind !== 'inspiratieweek') return false;
  if (filters.year !== null) return edition.year === filters.year;
  return filters.past ? edition.endsOn < period.today : edition.endsOn >= period.today;
}

/**
 * Builds the agenda from its three sources, in date order: sessions from `agenda.list`
 * (already filtered by the API), week editions and local programmes (filtered here by the
 * same filters: an edition has no theme or series; a local programme's movement is its
 * day's sector). Ascending for the coming agenda and a year, descending for the past.
 *
 * @example mergeAgenda({ sessions, editions, locals: [] }, filters, new Date().toISOString())
 */
export function mergeAgenda(
  sources: {
    sessions: readonly AgendaEntry[];
    editions: readonly WeekEditionSummary[];
    locals: readonly EditionLocals[];
  },
  filters: AgendaFilters,
  now: string,
): AgendaItem[] {
  const period = { now, today: toLocalParts(now).date };
  const items: AgendaItem[] = [];
  const seen = new Set<string>();
  for (const entry of sources.sessions) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    items.push({ type: 'session', key: `s-${entry.id}`, startsAt: entry.startsAt, entry });
  }
  for (const edition of sources.editions) {
    if (!editionVisible(edition, filters, period)) continue;
    items.push({
      type: 'edition',
      key: `e-${edition.id}`,
      startsAt: toInstant(edition.startsOn, '00:00'),
      edition,
    });
  }
  if (filters.kind === 'lokaal' && !filters.theme && !filters.series) {
    for (const { edition, days } of sources.locals) {
      for (const { day, items: dayItems } of days) {
        if (filters.movement && day.sector !== filters.movement) continue;
        for (const item of dayItems) {
          if (item.kind !== 'local_programme') continue;
          if (!inPeriod(item.startsAt, item.endsAt, filters, period)) continue;
          items.push({
            type: 'programme',
            key: `p-${item.id}`,
            startsAt: item.startsAt,
            item,
            day,
            edition,
          });
        }
      }
    }
  }
  const descending = filters.year === null && filters.past;
  return items.sort((a, b) => {
    const order = a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0;
    return descending ? -order : order;
  });
}

/**
 * The editions whose local programmes the "lokaal" filter needs, so only those are fetched.
 *
 * @example editionsForLocals(editions, { ...noFilters, kind: 'lokaal', year: 2021 }, now)
 */
export function editionsForLocals(
  editions: readonly WeekEditionSummary[],
  filters: AgendaFilters,
  now: string,
): WeekEditionSummary[] {
  if (filters.kind !== 'lokaal' || filters.theme || filters.series) return [];
  const today = toLocalParts(now).date;
  return editions.filter((edition) =>
    filters.year !== null
      ? edition.year === filters.year
      : filters.past
        ? edition.startsOn < today
        : edition.endsOn >= today,
  );
}
