import { TIME_ZONE } from '../shared/constants.js';

/**
 * The VTIMEZONE component for Europe/Amsterdam, as `@touch4it/ical-timezones` 1.9 generates it
 * (`amsterdam.vtimezone.test.ts` checks that it still matches). Kept as a constant because that
 * library reads its zone files with `node:fs`: inlining the one zone we use keeps this package
 * pure and usable in a browser.
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\n');

/** ical-generator's VTIMEZONE generator: only Europe/Amsterdam is ever asked for. */
export function amsterdamVtimezone(zone: string): string | null {
  return zone === TIME_ZONE ? AMSTERDAM_VTIMEZONE : null;
}
