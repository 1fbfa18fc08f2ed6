import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, isoWeekday, toInstant } from '../shared/index.js';
import { calendarUid } from './calendar-uid.rules.js';
import { renderCalendar } from './calendar.render.js';
import type { CalendarEvent } from './calendar.schema.js';

const MINUTE = 60_000;
const options = { name: 'Jamsessies' };

function event(uid: string, startsAt: string, endsAt: string): CalendarEvent {
  return {
    uid,
    startsAt,
    endsAt,
    title: 'Jamsessie',
    description: '',
    url: 'https://radicalevernieuwing.nl/agenda',
    categories: [],
    sequence: 0,
    status: 'planned',
  };
}

type Instants = Map<string, [string, string | undefined]>;

/** UID -> [start, end] as ical.js (Thunderbird's parser) reads them. */
function readWithIcalJs(ics: string): Instants {
  const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();
  return new Map(
    ICAL.Component.fromString(ics)
      .getAllSubcomponents('vevent')
      .map((component) => {
        const ev = new ICAL.Event(component);
        return [ev.uid, [iso(ev.startDate), iso(ev.endDate)]];
      }),
  );
}

/** UID -> [start, end] as node-ical reads them. */
function readWithNodeIcal(ics: string): Instants {
  return new Map(
    Object.values(nodeIcal.sync.parseICS(ics))
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .map((ev) => [ev.uid, [ev.start.toISOString(), ev.end?.toISOString()]]),
  );
}

const readers = [
  ['ical.js', readWithIcalJs],
  ['node-ical', readWithNodeIcal],
] as const;

function expectedOf(events: CalendarEvent[]): Instants {
  return new Map(events.map((e) => [e.uid, [e.startsAt, e.endsAt]]));
}

/** First Monday of every month, 13:00 Amsterdam, for ten years: 120 sessions. */
function monthlySessions(fromYear: number, years: number): CalendarEvent[] {
  const result: CalendarEvent[] = [];
  for (let year = fromYear; year < fromYear + years; year++) {
    for (let month = 1; month <= 12; month++) {
      let date = `${year}-${String(month).padStart(2, '0')}-01`;
      while (isoWeekday(date) !== 1) date = addDays(date, 1);
      const startsAt = toInstant(date, '13:00');
      const uid = calendarUid(`00000000-0000-4000-8000-${String(result.length).padStart(12, '0')}`);
      result.push(event(uid, startsAt, addMinutes(startsAt, 60)));
    }
  }
  return result;
}

describe('ten years of monthly sessions', () => {
  const sessions = monthlySessions(2025, 10);
  const ics = renderCalendar(sessions, options);

  it.each(readers)('parse back as 120 events at the right instants with %s', (_name, read) => {
    const instants = read(ics);
    expect(instants.size).toBe(120);
    expect(instants).toEqual(expectedOf(sessions));
  });

  it('are written as 13:00 local time, winter and summer alike', () => {
    const starts = ics.match(/^DTSTART;TZID=Europe\/Amsterdam:\d{8}T(\d{6})$/gm) ?? [];
    expect(starts).toHaveLength(120);
    expect(starts.every((line) => line.endsWith('T130000'))).toBe(true);
    expect(ics.match(/^BEGIN:VTIMEZONE$/gm)).toHaveLength(1);
  });
});

/**
 * Every quarter hour from 22:00Z to 04:00Z on the last seven days of March and October
 * (the Sunday of the change is always among them), with a 45-minute duration so that
 * ends fall into the gap and the repeated hour too.
 */
function aroundTheChanges(years: number[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const year of years) {
    for (const month of [3, 10]) {
      for (let day = 25; day <= 31; day++) {
        const from = Date.UTC(year, month - 1, day) - 2 * 60 * MINUTE;
        for (let quarter = 0; quarter < 24; quarter++) {
          const start = from + quarter * 15 * MINUTE;
          events.push(
            event(
              `dst-${events.length}@jamsessie.radicalevernieuwing.nl`,
              new Date(start).toISOString(),
              new Date(start + 45 * MINUTE).toISOString(),
            ),
          );
        }
      }
    }
  }
  return events;
}

describe('instants around the summer-time changes', () => {
  const events = aroundTheChanges([2025, 2026]);
  const ics = renderCalendar(events, options);

  it.each(readers)('read back exactly with %s, in the gap and the repeated hour', (_n, read) => {
    expect(read(ics)).toEqual(expectedOf(events));
  });
});
