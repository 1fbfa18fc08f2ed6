// Plain values without zod, so a browser bundle that needs only these (and the format
// helpers) does not pull in the schema library. The schemas import them from here.

/**
 * The one time zone of the platform: every wall-clock date and time means Amsterdam time.
 *
 * @example DateTime.fromISO('2025-03-03T13:00', { zone: TIME_ZONE })
 */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * The pattern every slug follows: lowercase ASCII words joined by single hyphens.
 *
 * @example SLUG_PATTERN.test('open-deuren') // true; SLUG_PATTERN.test('Open Deuren') // false
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug (characters), as the `Slug` schema and the database allow.
 *
 * @example value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
 */
export const SLUG_MAX_LENGTH = 80;

/**
 * The most procedure calls one batched API request may name. The server refuses a bigger
 * batch before running any of it (one request naming a procedure a thousand times would
 * stall every other visitor); the apps' batch links split at the same number.
 *
 * @example httpBatchLink({ url: '/trpc', maxItems: MAX_CALLS_PER_BATCH })
 */
export const MAX_CALLS_PER_BATCH = 10;
