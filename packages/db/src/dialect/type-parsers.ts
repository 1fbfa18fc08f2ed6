/**
 * Both drivers must hand the repositories the same JavaScript shapes, whatever the driver's
 * defaults are. The agreed shapes (tested in
 * `dialect.integration.test.ts`):
 * - `timestamptz` -> ISO-8601 UTC string with milliseconds (`2025-03-03T12:00:00.000Z`), the
 *   domain's `Instant`; never a JS `Date`.
 * - `date` -> the `YYYY-MM-DD` string as stored (a `Date` would shift with the process zone).
 * - `int8` (e.g. `count(*)`) -> number (our counts stay far below 2^53).
 * - `json`/`jsonb` -> parsed values; everything else keeps the driver's default.
 */

/** PostgreSQL type ids (`pg_type.oid`) that get a parser of our own. */
export const TYPE_OIDS = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

const TIMESTAMP_TEXT =
  /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/;

/**
 * Turns PostgreSQL's text output of a `timestamptz` (`2025-03-03 13:00:00.5+01`, any session
 * zone) into an ISO UTC string. `infinity` and unexpected shapes are returned unchanged.
 *
 * @example parseTimestamptz('2025-03-03 13:00:00+01') === '2025-03-03T12:00:00.000Z'
 */
export function parseTimestamptz(text: string): string {
  const m = TIMESTAMP_TEXT.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi, s, frac, offH, offM, offS] = m;
  const ms = Number(((frac ?? '') + '000').slice(0, 3));
  const sign = offH!.startsWith('-') ? -1 : 1;
  const offsetSeconds =
    sign * (Math.abs(Number(offH)) * 3600 + Number(offM ?? 0) * 60 + Number(offS ?? 0));
  const utc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms) -
    offsetSeconds * 1000;
  return new Date(utc).toISOString();
}

/** `int8` as a JavaScript number: `count(*)` must not be a string on one driver only. */
export function parseInt8(text: string): number {
  return Number(text);
}

/** Identity: `date` and `timestamp` stay the strings PostgreSQL wrote. */
export function keepText(text: string): string {
  return text;
}

/** The parsers keyed by type id, in the shape both PGlite's `parsers` option and our pg hook use. */
export const typeParsers: Readonly<Record<number, (text: string) => unknown>> = {
  [TYPE_OIDS.int8]: parseInt8,
  [TYPE_OIDS.date]: keepText,
  [TYPE_OIDS.timestamp]: keepText,
  [TYPE_OIDS.timestamptz]: parseTimestamptz,
};
