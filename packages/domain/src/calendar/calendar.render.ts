import { ICalCalendar, ICalEventStatus, escape } from 'ical-generator';
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { z } from 'zod';
import { TIME_ZONE } from '../shared/index.js';
import { amsterdamVtimezone } from './amsterdam.vtimezone.js';
import {
  CalendarEvent,
  CalendarOptions,
  DEFAULT_CALENDAR_PRODID,
  type CalendarEvent as CalendarEventType,
  type CalendarOptions as CalendarOptionsType,
} from './calendar.schema.js';
import { foldIcsLines } from './ics-fold.js';

const CalendarEvents = z.array(CalendarEvent);

const amsterdam = IANAZone.create(TIME_ZONE);

/** Zoned values: a plain Date would be formatted in the server's own time zone, not Amsterdam's. */
function inAmsterdam(instant: string): DateTime {
  return DateTime.fromMillis(Date.parse(instant), { zone: amsterdam });
}

function inUtc(instant: string): DateTime {
  return DateTime.fromMillis(Date.parse(instant), { zone: FixedOffsetZone.utcInstance });
}

const HOUR = 3_600_000;

/**
 * Whether an instant's Amsterdam wall-clock time occurs only once. In the repeated hour of
 * the autumn change (02:00-03:00 happens twice) a local time is ambiguous: RFC 5545 says
 * "the first one", but readers differ (ical.js even varies with the reader's own zone), so
 * such an event is written in UTC. Amsterdam only ever shifts by one hour, so the other
 * instant with the same wall-clock time can only be an hour away, with an offset an hour
 * apart.
 */
function hasUnambiguousWallClock(instant: string): boolean {
  const ms = Date.parse(instant);
  const offset = amsterdam.offset(ms);
  return amsterdam.offset(ms - HOUR) !== offset + 60 && amsterdam.offset(ms + HOUR) !== offset - 60;
}

/**
 * URL values are not TEXT, yet ical-generator escapes ',' and ';' in them, which parsers
 * then keep as a literal backslash. Percent-encoding them keeps the address equivalent.
 */
function uriValue(url: string): string {
  return url.replaceAll(',', '%2C').replaceAll(';', '%3B');
}

function byStartThenUid(a: CalendarEventType, b: CalendarEventType): number {
  if (a.startsAt !== b.startsAt) return a.startsAt < b.startsAt ? -1 : 1;
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

/**
 * Renders public events as an RFC 5545 calendar (an `.ics` file or feed body).
 *
 * Guarantees:
 * - Times are written as `DTSTART;TZID=Europe/Amsterdam:…` with a full VTIMEZONE (both the
 *   STANDARD and DAYLIGHT rules), so every calendar app shows 13:00 Amsterdam as 13:00 in
 *   winter and in summer, whatever the zone of the server or of the reader. The one
 *   exception: an event starting or ending in the repeated hour of the autumn change
 *   (02:00-03:00 happens twice) is written in UTC, the only unambiguous way to say which.
 * - Pure and deterministic: no clock is read. DTSTAMP is the event's `lastModified`, or its
 *   start when that is unknown, so the same input renders byte-identical output (ETags work)
 *   whatever the order of `events` (they are sorted by start, then UID).
 * - Only the fields of {@link CalendarEvent} are written. The type has no meeting-link field
 *   and the schema is strict: passing an object that carries extra fields (such as a
 *   `meetingLink`) throws. The caller passes public data (see `sessionToCalendarEvent`).
 * - Text is escaped (commas, semicolons, newlines), stray control characters are dropped (by
 *   the schema), and lines are folded at 75 octets without splitting a multi-byte character.
 *
 * Invalid input is a programming error here, so it throws a ZodError rather than returning
 * a Result.
 *
 * @example
 * const ics = renderCalendar(events, { name: 'Jamsessies Radicale vernieuwing', refreshIntervalMinutes: 360 });
 * // BEGIN:VCALENDAR … DTSTART;TZID=Europe/Amsterdam:20250303T130000 … END:VCALENDAR
 */
export function renderCalendar(
  events: readonly CalendarEventType[],
  options: CalendarOptionsType,
): string {
  const opts = CalendarOptions.parse(options);
  const parsed = CalendarEvents.parse(events).sort(byStartThenUid);

  // Events live in a calendar without a zone name: with one, ical-generator would also write
  // DTSTAMP and LAST-MODIFIED as floating Amsterdam times, where RFC 5545 demands UTC.
  const eventCalendar = new ICalCalendar();
  let anyZoned = false;
  for (const event of parsed) {
    const zoned = hasUnambiguousWallClock(event.startsAt) && hasUnambiguousWallClock(event.endsAt);
    anyZoned ||= zoned;
    eventCalendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: inUtc(event.lastModified ?? event.startsAt),
      start: zoned ? inAmsterdam(event.startsAt) : inUtc(event.startsAt),
      end: zoned ? inAmsterdam(event.endsAt) : inUtc(event.endsAt),
      timezone: zoned ? TIME_ZONE : null,
      summary: event.title,
      description: event.description === '' ? null : event.description,
      url: uriValue(event.url),
      categories: event.categories.map((name) => ({ name })),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      location: event.location ? event.location : null,
      lastModified: event.lastModified ? inUtc(event.lastModified) : null,
    });
  }

  // The calendar head (with the VTIMEZONE) comes from a calendar of its own that has the
  // zone name; it holds no events, so the DTSTAMP problem above cannot arise there.
  const head = new ICalCalendar({
    prodId: opts.prodId ?? DEFAULT_CALENDAR_PRODID,
    // ical-generator writes these calendar-level texts verbatim, so escape them here.
    name: escape(opts.name, false),
    description: opts.description ? escape(opts.description, false) : null,
    url: opts.url ? uriValue(opts.url) : null,
    ttl: opts.refreshIntervalMinutes ? opts.refreshIntervalMinutes * 60 : null,
    timezone: anyZoned ? { name: TIME_ZONE, generator: amsterdamVtimezone } : null,
  }).toString();

  // Each event's text is folded by us (ical-generator's whole-calendar fold is slow, see
  // foldIcsLines). RFC 5545 ends every line with CRLF, the last one too.
  const body = eventCalendar
    .events()
    .map((event) => foldIcsLines(event.toString()))
    .join('');
  const end = 'END:VCALENDAR';
  if (!head.endsWith(end)) throw new Error('ical-generator changed the end of a calendar');
  return `${head.slice(0, -end.length)}${body}${end}\r\n`;
}
