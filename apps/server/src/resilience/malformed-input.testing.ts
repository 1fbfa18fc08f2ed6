import type { JsonSchema } from './router-procedures.catalog.js';
import { nested } from './hostile-input.arbitraries.js';

// Fixed attacks, beside the random ones: bodies and query strings no client would send, and
// the nastiest value for each field of an input that was otherwise accepted.

/** Request bodies and query strings that are not valid JSON, or not even valid text. */
export const MALFORMED_BODIES: readonly (string | Uint8Array)[] = [
  '{',
  '{"text":',
  '[1,2',
  'undefined',
  'NaN',
  "{'a': 1}",
  '{"a":1}}',
  '\u0000',
  '\ufeff{"slug":"open-deuren"}',
  '{"slug":"open-deuren","slug":{"$ne":null}}',
  '1e999999',
  '123456789012345678901234567890',
  '-',
  '"\\ud800"',
  '"\\u0000"',
  '{"0":{"json":null}}',
  '['.repeat(100_000),
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
  new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x7b]),
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
  new Uint8Array([0xc0, 0xaf, 0xe0, 0x80, 0xaf]),
];

/** Query strings (raw, already encoded) that a browser would never send. */
export const MALFORMED_QUERY_STRINGS: readonly string[] = [
  'input=%7B',
  'input=%ED%A0%80',
  'input=%FF%FE',
  'input=%',
  'input=%zz',
  'input=%00',
  'input=1&input=2',
  'batch=1&input=%7B%220%22%3A1%7D',
  'batch=abc&input=null',
  `input=${'%5B'.repeat(5000)}`,
  'input[]=1',
];

/** Procedure paths that name nothing, or name the insides of objects and routers. */
export const ODD_PROCEDURE_PATHS: readonly string[] = [
  'bestaat.niet',
  '__proto__',
  'constructor',
  'toString',
  'agenda.__proto__',
  'agenda.constructor',
  'hasOwnProperty',
  'agenda',
  'admin',
  '',
  '.',
  '..',
  'agenda.list.extra',
  `${'a.'.repeat(2000)}b`,
  '%00',
  'agenda.list%00',
];

/** The values each field of an accepted input is replaced with, one at a time. */
export const NASTY_FIELD_VALUES: readonly unknown[] = [
  'Een vraag met een NUL\u0000teken erin',
  'Een vraag met een losse surrogaat \ud800 erin',
  'Een vraag met stuurtekens \u0001\u0007\u001b[2J\u007f',
  "Een vraag'); DROP TABLE dilemma; --",
  'Een vraag <script>alert(1)</script> met HTML',
  'x'.repeat(100_000),
  1e308,
  nested('object', 2000),
  ['\u0000'],
  null,
];

/**
 * Whether a value is a plain JSON object (not an array or null).
 *
 * @example isPlainObject({ a: 1 }) // true
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies of `input` with one field (of the input, or of the schema's `properties`) replaced
 * by one of {@link NASTY_FIELD_VALUES} each; array fields get the value as their only element
 * too.
 *
 * @example fieldVariants({ slug: 'a', text: 'b' }, { properties: { q: {} } }) // [{ slug: 'Een vraag met een NUL…', text: 'b' }, …]
 */
export function fieldVariants(
  input: Record<string, unknown>,
  schema: JsonSchema | null,
): Record<string, unknown>[] {
  const variants: Record<string, unknown>[] = [];
  const keys = new Set([...Object.keys(input), ...Object.keys(schema?.properties ?? {})]);
  for (const key of keys) {
    for (const value of NASTY_FIELD_VALUES) {
      variants.push({ ...input, [key]: value });
      if (Array.isArray(input[key])) variants.push({ ...input, [key]: [value] });
    }
  }
  return variants;
}
