import { DateTime } from 'luxon';
import { addDays, err, isoWeekday, ok, type LocalDate, type Result } from '../shared/index.js';
import { weekdayLabels } from '../series/series.labels.js';
import { sectorLabels } from './week.labels.js';
import {
  SECTOR_ORDER,
  type ProgrammeItem,
  type ProgrammeItemKind,
  type Sector,
  type WeekDay,
  type WeekEdition,
} from './week.schema.js';

/** A day of an edition before it is stored (the id is passed in when it is). */
export type WeekDayDraft = { date: LocalDate; sector: Sector; title: string };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The five sector days of an edition, Monday to Friday of the week in which it starts:
 * zorg, langdurige ggz, zorgonderwijs, jeugdzorg, voorbij sectoren.
 *
 * @example weekDaysFor({ startsOn: '2022-11-07' })[1]
 * // { date: '2022-11-08', sector: 'langdurige-ggz', title: 'Dinsdag: langdurige ggz' }
 */
export function weekDaysFor(edition: Pick<WeekEdition, 'startsOn'>): WeekDayDraft[] {
  const monday = addDays(edition.startsOn, 1 - isoWeekday(edition.startsOn));
  return SECTOR_ORDER.map((sector, index) => ({
    date: addDays(monday, index),
    sector,
    title: `${capitalise(weekdayLabels[index + 1] ?? '')}: ${sectorLabels[sector].toLowerCase()}`,
  }));
}

/**
 * Checks an edition's dates: the end not before the start, within one week, and the year
 * matching the start date.
 *
 * @example checkWeekEdition({ year: 2022, startsOn: '2022-11-07', endsOn: '2022-11-11' }).ok // true
 */
export function checkWeekEdition(
  edition: Pick<WeekEdition, 'year' | 'startsOn' | 'endsOn'>,
): Result<true, 'WEEK.INVALID'> {
  const problems: { path: string; message: string }[] = [];
  if (edition.endsOn < edition.startsOn) {
    problems.push({ path: 'endsOn', message: 'De einddatum ligt vóór de begindatum.' });
  } else {
    const days = DateTime.fromISO(edition.endsOn, { zone: 'utc' }).diff(
      DateTime.fromISO(edition.startsOn, { zone: 'utc' }),
      'days',
    ).days;
    if (days > 6)
      problems.push({ path: 'endsOn', message: 'Een Week duurt hoogstens zeven dagen.' });
  }
  if (Number(edition.startsOn.slice(0, 4)) !== edition.year) {
    problems.push({ path: 'year', message: 'Het jaar past niet bij de begindatum.' });
  }
  if (problems.length > 0)
    return err('WEEK.INVALID', 'De data van de Week kloppen niet.', { problems });
  return ok(true);
}

/** Codes of {@link decideLocalProgramme}. */
export type ProgrammeDecisionError = 'PROGRAMME.NOT_LOCAL' | 'PROGRAMME.ALREADY_DECIDED';

/**
 * Accepts or declines a proposed programme at an organisation's own location. Only local
 * programmes are decided, and only once; bumps `version`.
 *
 * @example decideLocalProgramme(item, 'accepted') // { ok: true, value: { ...item, proposalStatus: 'accepted', version: 2 } }
 */
export function decideLocalProgramme(
  item: ProgrammeItem,
  decision: 'accepted' | 'declined',
): Result<ProgrammeItem, ProgrammeDecisionError> {
  if (item.kind !== 'local_programme') {
    return err(
      'PROGRAMME.NOT_LOCAL',
      'Alleen een programma op eigen locatie wordt voorgesteld en beoordeeld.',
    );
  }
  if (item.proposalStatus !== 'proposed') {
    return err('PROGRAMME.ALREADY_DECIDED', 'Over dit voorstel is al besloten.', {
      proposalStatus: item.proposalStatus,
    });
  }
  return ok({ ...item, proposalStatus: decision, version: item.version + 1 });
}

const kindOrder: Readonly<Record<ProgrammeItemKind, number>> = {
  plenary: 0,
  inspiration_session: 1,
  local_programme: 2,
  late_night_show: 3,
};
const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/** A day with its programme in order. */
export type DayProgramme<D extends Pick<WeekDay, 'id' | 'date'> = WeekDay> = {
  day: D;
  items: ProgrammeItem[];
};

/**
 * Groups programme items under their days: days by date, items by start time, then kind
 * (plenary, inspiration sessions, local programmes, the Late Nightshow), then title. Items
 * of unknown days are left out; `onlyAccepted` leaves out proposed and declined local
 * programmes (the public agenda).
 *
 * @example programmeByDay(days, items, { onlyAccepted: true })[0]?.items[0]?.kind // 'plenary'
 */
export function programmeByDay<D extends Pick<WeekDay, 'id' | 'date'>>(
  days: readonly D[],
  items: readonly ProgrammeItem[],
  options: { onlyAccepted?: boolean } = {},
): DayProgramme<D>[] {
  const visible = items.filter(
    (item) => !options.onlyAccepted || item.proposalStatus === 'accepted',
  );
  return [...days]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((day) => ({
      day,
      items: visible
        .filter((item) => item.dayId === day.id)
        .sort(
          (a, b) =>
            Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
            kindOrder[a.kind] - kindOrder[b.kind] ||
            collator.compare(a.title, b.title),
        ),
    }));
}
