import Holidays from 'date-holidays';
import { addDays, type LocalDate } from '../shared/index.js';
import type { DateFlag } from './planned-date.schema.js';

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example easterSunday(2025) // '2025-04-20'
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The three carnival days (Sunday to Tuesday before Ash Wednesday: Easter − 49 … − 47),
 * widely celebrated in the south of the Netherlands, where many participants work.
 *
 * @example carnivalDays(2025) // [{ date: '2025-03-02', name: 'Carnavalszondag' }, { date: '2025-03-03', … }, …]
 */
export function carnivalDays(year: number): { date: LocalDate; name: string }[] {
  const easter = easterSunday(year);
  return [
    { date: addDays(easter, -49), name: 'Carnavalszondag' },
    { date: addDays(easter, -48), name: 'Carnavalsmaandag' },
    { date: addDays(easter, -47), name: 'Carnavalsdinsdag' },
  ];
}

/**
 * Dutch names as we show them. date-holidays writes 'Tweede paasdag' and 'Pasen'; we use
 * the capitalised common names.
 */
const holidayNames: Readonly<Record<string, string>> = {
  Nieuwjaar: 'Nieuwjaarsdag',
  'Goede Vrijdag': 'Goede Vrijdag',
  Pasen: 'Eerste Paasdag',
  'Tweede paasdag': 'Tweede Paasdag',
  Koningsdag: 'Koningsdag',
  Bevrijdingsdag: 'Bevrijdingsdag',
  Hemelvaartsdag: 'Hemelvaartsdag',
  Pinksteren: 'Eerste Pinksterdag',
  'Tweede pinksterdag': 'Tweede Pinksterdag',
  Kerstmis: 'Eerste Kerstdag',
  'Tweede kerstdag': 'Tweede Kerstdag',
};

let holidaysInstance: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlyMap<LocalDate, string>>();

/**
 * The Dutch public holidays of a year, date -> Dutch name.
 *
 * What counts: everything date-holidays types `public` for 'NL', plus Goede Vrijdag and
 * Bevrijdingsdag, which it types `school`. Many care organisations and their staff observe
 * both (Bevrijdingsdag is a national holiday; Goede Vrijdag is a day off in many collective
 * agreements), so a coordinator wants to see them. Observances (Dodenherdenking, Moederdag,
 * Sinterklaas) and Oudejaarsdag are not flagged. The result is cached per year: the data is
 * fixed, so this stays pure.
 *
 * @example dutchPublicHolidays(2026).get('2026-04-06') // 'Tweede Paasdag'
 */
export function dutchPublicHolidays(year: number): ReadonlyMap<LocalDate, string> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  holidaysInstance ??= new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });
  const result = new Map<LocalDate, string>();
  for (const holiday of holidaysInstance.getHolidays(year, 'nl')) {
    const name = holidayNames[holiday.name];
    const counts =
      holiday.type === 'public' || name === 'Goede Vrijdag' || name === 'Bevrijdingsdag';
    if (counts) result.set(holiday.date.slice(0, 10), name ?? holiday.name);
  }
  holidaysByYear.set(year, result);
  return result;
}

/**
 * The flags of a date: Dutch public holiday and/or carnival. A flagged date is still
 * planned; the coordinator decides whether to skip or move it.
 *
 * @example dateFlags('2026-04-06') // [{ kind: 'public_holiday', name: 'Tweede Paasdag' }]
 * @example dateFlags('2025-03-03') // [{ kind: 'carnival', name: 'Carnavalsmaandag' }]
 */
export function dateFlags(date: LocalDate): DateFlag[] {
  const year = Number(date.slice(0, 4));
  const flags: DateFlag[] = [];
  const holiday = dutchPublicHolidays(year).get(date);
  if (holiday) flags.push({ kind: 'public_holiday', name: holiday });
  const carnival = carnivalDays(year).find((day) => day.date === date);
  if (carnival) flags.push({ kind: 'carnival', name: carnival.name });
  return flags;
}
