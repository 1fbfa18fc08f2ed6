import { z } from 'zod';
import { err, ok, type Result } from './result.js';

type RawIssue = z.core.$ZodRawIssue;

const typeNames: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een groep velden',
  date: 'een datum',
  bigint: 'een getal',
  null: 'leeg',
};

const formatMessages: Readonly<Record<string, string>> = {
  email: 'Vul een geldig e-mailadres in.',
  url: 'Vul een geldig webadres in.',
  uuid: 'Ongeldige id.',
  guid: 'Ongeldige id.',
  datetime: 'Vul een geldig tijdstip in.',
  date: 'Vul een geldige datum in (JJJJ-MM-DD).',
  time: 'Vul een geldige tijd in (UU:MM).',
  regex: 'Deze waarde heeft niet de juiste vorm.',
};

function sizeMessage(issue: RawIssue, bound: 'min' | 'max'): string {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return 'Ongeldige waarde.';
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const n = Number(limit);
  const strict = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      if (bound === 'min')
        return n <= 1 ? 'Dit veld mag niet leeg zijn.' : `Gebruik minstens ${n} tekens.`;
      return `Gebruik hoogstens ${n} tekens.`;
    case 'array':
    case 'set':
      return bound === 'min' ? `Kies er minstens ${n}.` : `Kies er hoogstens ${n}.`;
    default:
      if (bound === 'min')
        return strict ? `Moet groter zijn dan ${n}.` : `Moet minstens ${n} zijn.`;
      return strict ? `Moet kleiner zijn dan ${n}.` : `Mag hoogstens ${n} zijn.`;
  }
}

/**
 * A zod error map with plain Dutch messages a form can show next to a field. Schema-level
 * messages (such as those on `Email` or `LocalDate`) still win; this covers the rest.
 * Use it per parse (no global side effect) or once at start-up via {@link configureDutchMessages}.
 *
 * @example Session.safeParse(input, { error: dutchErrorMap })
 */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld is verplicht.';
      return `Ongeldige waarde: verwacht ${typeNames[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      return sizeMessage(issue, 'min');
    case 'too_big':
      return sizeMessage(issue, 'max');
    case 'invalid_format':
      return formatMessages[issue.format] ?? 'Deze waarde heeft niet de juiste vorm.';
    case 'invalid_value':
      return issue.values.length === 1
        ? `Verwacht: ${String(issue.values[0])}.`
        : `Kies een van: ${issue.values.map(String).join(', ')}.`;
    case 'not_multiple_of':
      return `Moet een veelvoud zijn van ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Onbekend veld: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Ongeldige waarde.';
    case 'custom':
      return issue.message ?? 'Ongeldige waarde.';
    default:
      return z.locales.nl().localeError(issue) ?? 'Ongeldige invoer.';
  }
};

/**
 * Makes {@link dutchErrorMap} zod's default for the whole process. Call it once at start-up of
 * a runtime that parses with these schemas indirectly (e.g. tRPC's `.input()`); importing the
 * domain package never does this by itself.
 *
 * @example configureDutchMessages(); // in apps/server/src/main.ts
 */
export function configureDutchMessages(): void {
  z.config({ localeError: dutchErrorMap });
}

/** One field's problem: `path` is the dotted field path ('' for the whole value). */
export type FieldIssue = { path: string; message: string };

/**
 * Flattens a zod error to `{ path, message }` pairs for display next to form fields.
 *
 * @example formatZodIssues(error) // [{ path: 'recurrence.startTime', message: 'Vul een tijd in …' }]
 */
export function formatZodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
}

/**
 * The first message per field path, the shape a form library wants.
 *
 * @example fieldErrors(error) // { title: 'Dit veld mag niet leeg zijn.' }
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { path, message } of formatZodIssues(error)) result[path] ??= message;
  return result;
}

/**
 * Parses with Dutch messages and returns a Result instead of throwing: the code is
 * `VALIDATION.INVALID` and `details.fields` holds {@link fieldErrors}.
 *
 * @example const r = parseDutch(Series, input); if (!r.ok) show(r.error.details?.fields);
 */
export function parseDutch<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, 'VALIDATION.INVALID'> {
  const parsed = schema.safeParse(input, { error: dutchErrorMap });
  if (parsed.success) return ok(parsed.data);
  return err('VALIDATION.INVALID', 'Niet alle velden zijn goed ingevuld.', {
    fields: fieldErrors(parsed.error),
    issues: formatZodIssues(parsed.error),
  });
}
