import { z } from 'zod';
import { DateTime } from 'luxon';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './constants.js';

/**
 * An entity id: a UUID string, always passed in (the domain never generates ids).
 *
 * @example Id.parse('8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f')
 */
export const Id = z.uuid({ error: 'Ongeldige id.' });
/** An entity id (UUID string). */
export type Id = z.infer<typeof Id>;

/**
 * A URL-safe name, unique per kind, used in public addresses (`/agenda/jamsessie-3-maart-2025`).
 *
 * @example Slug.parse('open-deuren') // ok; Slug.parse('Open Deuren') fails
 */
export const Slug = z
  .string({ error: 'Vul een korte naam voor het webadres in.' })
  .max(SLUG_MAX_LENGTH, { error: `Een slug is hoogstens ${SLUG_MAX_LENGTH} tekens lang.` })
  .regex(SLUG_PATTERN, {
    error: 'Gebruik alleen kleine letters, cijfers en enkele streepjes (bijv. open-deuren).',
  });
/** A URL-safe name. */
export type Slug = z.infer<typeof Slug>;

/**
 * A moment in time as an ISO-8601 UTC string in canonical form (`2025-03-03T12:00:00.000Z`).
 * Input with another offset or precision is accepted and normalised, so instants compare and
 * sort correctly as plain strings.
 *
 * @example Instant.parse('2025-03-03T13:00:00+01:00') // '2025-03-03T12:00:00.000Z'
 */
export const Instant = z
  .string({ error: 'Vul een tijdstip in.' })
  .pipe(z.iso.datetime({ offset: true, error: 'Vul een geldig tijdstip in (ISO 8601).' }))
  .transform((value) => new Date(value).toISOString());
/** An ISO-8601 UTC instant string. */
export type Instant = z.infer<typeof Instant>;

/**
 * A calendar date 'YYYY-MM-DD' (in Amsterdam); impossible dates such as 2025-02-29 fail.
 *
 * @example LocalDate.parse('2025-03-03')
 */
export const LocalDate = z
  .string({ error: 'Vul een datum in.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als JJJJ-MM-DD.' })
  .refine((value) => DateTime.fromISO(value, { zone: 'utc' }).isValid, {
    error: 'Deze datum bestaat niet.',
  });
/** A calendar date 'YYYY-MM-DD'. */
export type LocalDate = z.infer<typeof LocalDate>;

/**
 * A wall-clock time 'HH:mm' (24 hours, Amsterdam).
 *
 * @example LocalTime.parse('13:00')
 */
export const LocalTime = z
  .string({ error: 'Vul een tijd in.' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'Vul een tijd in als UU:MM, bijv. 13:00.' });
/** A wall-clock time 'HH:mm'. */
export type LocalTime = z.infer<typeof LocalTime>;

/**
 * An e-mail address, trimmed and lowercased so that comparisons (eligibility, duplicates) work.
 *
 * @example Email.parse('  Iemand@Zorg.NL ') // 'iemand@zorg.nl'
 */
export const Email = z
  .string({ error: 'Vul een e-mailadres in.' })
  .trim()
  .max(254, { error: 'Een e-mailadres is hoogstens 254 tekens.' })
  .toLowerCase()
  .pipe(z.email({ error: 'Vul een geldig e-mailadres in.' }));
/** A normalised e-mail address. */
export type Email = z.infer<typeof Email>;

/**
 * An https web address with a real domain name: meeting links, recordings, downloads.
 * http, javascript: and bare hosts are refused, so a stored link is always safe to render.
 *
 * @example HttpsUrl.parse('https://zoom.us/j/123') // ok; 'http://…' fails
 */
export const HttpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'Vul een geldig webadres in dat met https:// begint.',
});
/** An https web address. */
export type HttpsUrl = z.infer<typeof HttpsUrl>;

/**
 * The address of one of the platform's own public pages (feeds, mail, calendar events).
 * Unlike {@link HttpsUrl} (for links people type in), plain http and `localhost` are allowed,
 * so a local installation links to itself instead of to a host it is not.
 *
 * @example PageUrl.parse('http://localhost:3000/agenda/jamsessie-7-april-2025')
 */
export const PageUrl = z.url({
  protocol: /^https?$/,
  error: 'Vul een geldig webadres in dat met http:// of https:// begint.',
});
/** An http(s) address of a public page of the platform. */
export type PageUrl = z.infer<typeof PageUrl>;

/**
 * Alias of {@link HttpsUrl} under the shorter name: links are https only.
 *
 * @example Url.parse('https://radicalevernieuwing.nl')
 */
export const Url = HttpsUrl;
/** An https web address. */
export type Url = HttpsUrl;

/**
 * Optimistic-concurrency version of an editable aggregate: starts at 1, +1 per change.
 *
 * @example Version.parse(1)
 */
export const Version = z
  .number({ error: 'Vul een versienummer in.' })
  .int({ error: 'Een versie is een geheel getal.' })
  .min(1, { error: 'Een versie begint bij 1.' });
/** Optimistic-concurrency version (int >= 1). */
export type Version = z.infer<typeof Version>;

/** The Dutch message for a text with a NUL character in it. */
export const NUL_CHARACTER_MESSAGE =
  'Deze tekst bevat een onzichtbaar teken (NUL) dat niet kan worden opgeslagen. Typ de tekst opnieuw of plak hem zonder opmaak.';

/**
 * Whether a text is free of the NUL character (U+0000). No person types one, but a paste
 * from another program or a hostile client can carry it, and PostgreSQL refuses it in text
 * (the request would fail with a 500 instead of a message next to the field).
 *
 * @example hasNoNulCharacter('Open deuren') // true; hasNoNulCharacter('a\u0000b') // false
 */
export function hasNoNulCharacter(text: string): boolean {
  return !text.includes('\u0000');
}

/** The Dutch message for a text with half a character (a lone UTF-16 surrogate) in it. */
export const BROKEN_CHARACTER_MESSAGE =
  'Deze tekst bevat een beschadigd teken dat niet kan worden opgeslagen. Typ de tekst opnieuw of plak hem zonder opmaak.';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a text is well-formed UTF-16: no half of a surrogate pair on its own. A broken
 * paste or a hostile client can send one; PostgreSQL cannot store it as UTF-8.
 *
 * @example isWellFormedText('emoji 🙂') // true; isWellFormedText('a\uD800b') // false
 */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * Any free text from outside (form fields, search terms): a string without the NUL
 * character or half a surrogate pair (PostgreSQL can store neither). The base of {@link requiredText}, {@link optionalText} and {@link SearchQuery};
 * use it for a text schema that needs other limits.
 *
 * @example plainText('Beschrijf je vraag.').trim().min(10).parse('  Een vraag van mij ')
 */
export function plainText(requiredMessage: string) {
  return z
    .string({ error: requiredMessage })
    .refine(hasNoNulCharacter, { error: NUL_CHARACTER_MESSAGE, abort: true })
    .refine(isWellFormedText, { error: BROKEN_CHARACTER_MESSAGE, abort: true });
}

/**
 * A required, trimmed text with a maximum length and Dutch messages (titles, names).
 * Refuses the NUL character ({@link plainText}).
 *
 * @example const Title = requiredText(200); Title.parse('  Open deuren ') // 'Open deuren'
 */
export function requiredText(max: number) {
  return plainText('Dit veld is verplicht.')
    .trim()
    .min(1, { error: 'Dit veld mag niet leeg zijn.' })
    .max(max, { error: `Gebruik hoogstens ${max} tekens.` });
}

/**
 * A trimmed text that may be empty (descriptions), with a maximum length. Refuses the NUL
 * character ({@link plainText}).
 *
 * @example optionalText(5000).parse('') // ''
 */
export function optionalText(max: number) {
  return plainText('Vul tekst in.')
    .trim()
    .max(max, { error: `Gebruik hoogstens ${max} tekens.` });
}

/** The longest search term the search boxes take. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/**
 * What someone types into a search box (reports, sessions, people): trimmed, at most
 * {@link SEARCH_QUERY_MAX_LENGTH} characters, no NUL character. Empty means "no search".
 *
 * @example SearchQuery.parse('  "open deur" -hek ') // '"open deur" -hek'
 */
export const SearchQuery = plainText('Vul een zoekterm in.')
  .trim()
  .max(SEARCH_QUERY_MAX_LENGTH, { error: `Gebruik hoogstens ${SEARCH_QUERY_MAX_LENGTH} tekens.` });
/** A search term. */
export type SearchQuery = z.infer<typeof SearchQuery>;
