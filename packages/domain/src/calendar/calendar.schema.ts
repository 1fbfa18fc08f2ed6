import { z } from 'zod';
import { PageUrl, Instant, requiredText, optionalText } from '../shared/index.js';

/**
 * The host part of every calendar UID. It must never change: calendar apps recognise an
 * updated or cancelled event by its UID, so a new domain would duplicate every event.
 */
export const CALENDAR_UID_DOMAIN = 'jamsessie.radicalevernieuwing.nl';

/** The product identifier written as PRODID unless the caller passes another. */
export const DEFAULT_CALENDAR_PRODID = '//Radicale vernieuwing//Jamsessie agenda//NL';

// C0 control characters other than tab and line breaks are not allowed in ICS TEXT values
// (RFC 5545 §3.3.11). They sneak in through copy and paste, so drop them before validating.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A text schema that first drops control characters, then applies `schema` (trim, lengths). */
function icsText<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string({ error: 'Vul tekst in.' })
    .transform((text) => text.replace(CONTROL_CHARACTERS, ''))
    .pipe(schema);
}

/**
 * A calendar UID: `local@host`, printable ASCII only, so it can be written to an ICS line
 * unescaped (ical-generator writes UID verbatim).
 *
 * @example CalendarUid.parse('3f0e…@jamsessie.radicalevernieuwing.nl')
 */
export const CalendarUid = z
  .string({ error: 'Vul een UID in.' })
  .max(255, { error: 'Een UID is hoogstens 255 tekens lang.' })
  .regex(/^[A-Za-z0-9._~+-]+@[A-Za-z0-9.-]+$/, {
    error: 'Een UID heeft de vorm naam@domein, zonder spaties.',
  });
/** A calendar UID (`local@host`). */
export type CalendarUid = z.infer<typeof CalendarUid>;

/**
 * Whether an event takes place: `planned` becomes STATUS:CONFIRMED, `cancelled`
 * STATUS:CANCELLED (a held session is simply `planned`: it took place as planned).
 */
export const CalendarEventStatus = z.enum(['planned', 'cancelled'], {
  error: 'Kies gepland of gaat niet door.',
});
/** Whether an event takes place. */
export type CalendarEventStatus = z.infer<typeof CalendarEventStatus>;

/**
 * One public event in a calendar feed. It is deliberately a closed set of public fields:
 * there is no meeting-link field, and the schema is strict, so an object that carries one
 * (say, a whole `Session` passed by mistake) is refused instead of silently rendered.
 * Callers build it from public data only (see `sessionToCalendarEvent`).
 *
 * @example
 * CalendarEvent.parse({
 *   uid: calendarUid('8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f'),
 *   startsAt: '2025-03-03T12:00:00.000Z', endsAt: '2025-03-03T13:00:00.000Z',
 *   title: 'Jamsessie Open deuren', description: '', url: 'https://radicalevernieuwing.nl/agenda',
 *   categories: ['Open deuren'], sequence: 0, status: 'planned',
 * });
 */
export const CalendarEvent = z
  .strictObject({
    uid: CalendarUid,
    startsAt: Instant,
    endsAt: Instant,
    title: icsText(requiredText(300)),
    description: icsText(optionalText(20_000)),
    /** The public page of the event; never a meeting link. */
    url: PageUrl,
    /** Theme labels, shown by calendar apps as categories/tags. */
    categories: z
      .array(icsText(requiredText(100)))
      .max(20, { error: 'Gebruik hoogstens 20 thema’s.' }),
    /** RFC 5545 SEQUENCE: raise it on every change that matters to attendees (time, status). */
    sequence: z.int({ error: 'Een volgnummer is een geheel getal.' }).min(0).max(1_000_000),
    status: CalendarEventStatus,
    location: icsText(optionalText(500)).optional(),
    lastModified: Instant.optional(),
  })
  .refine((event) => Date.parse(event.endsAt) > Date.parse(event.startsAt), {
    error: 'Het einde moet na het begin liggen.',
    path: ['endsAt'],
  });
/** One public event in a calendar feed. */
export type CalendarEvent = z.infer<typeof CalendarEvent>;

/**
 * Calendar-level settings. `refreshIntervalMinutes` tells subscribing apps how often to
 * reload the feed (REFRESH-INTERVAL and X-PUBLISHED-TTL).
 *
 * @example CalendarOptions.parse({ name: 'Jamsessies Radicale vernieuwing', refreshIntervalMinutes: 360 })
 */
export const CalendarOptions = z.strictObject({
  name: icsText(requiredText(200)),
  description: icsText(optionalText(2_000)).optional(),
  /** RFC 5545 PRODID without the leading '-': `//company//product//LANGUAGE`. */
  prodId: z
    .string()
    .regex(/^\/\/[^\r\n/]+\/\/[^\r\n/]+\/\/[A-Z]{2}$/, {
      error: 'Een PRODID heeft de vorm //organisatie//product//NL.',
    })
    .optional(),
  /** The public page of the whole calendar. */
  url: PageUrl.optional(),
  refreshIntervalMinutes: z
    .int({ error: 'Vul een aantal minuten in.' })
    .min(15, { error: 'Ververs hoogstens elk kwartier.' })
    .max(10_080, { error: 'Ververs minstens eens per week.' })
    .optional(),
});
/** Calendar-level settings. */
export type CalendarOptions = z.infer<typeof CalendarOptions>;
