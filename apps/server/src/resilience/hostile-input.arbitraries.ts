import fc from 'fast-check';
import type { JsonSchema } from './router-procedures.catalog.js';

/** Fragments that break naive SQL, HTML, paths, templates and parsers. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE session; --",
  '1; select pg_sleep(30) --',
  '$1',
  '%_\\',
  "E'\\x00'",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  'NUL\u0000byte',
  '\u0000',
  'regel\r\nSet-Cookie: x=1',
  '\u202egnp.exe',
  '\u2028\u2029\ufeff',
  '\u0007\u0008\u001b[31m',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '',
  ' ',
  'a@b',
  'iemand@delinde.example',
  'IEMAND@DELINDE.EXAMPLE ',
  'open-deuren',
  'ümlaut-sessie',
  '😀👍🏽👩‍👩‍👧',
];

/** Lone surrogates and broken pairs: invalid UTF-16 that JSON can still carry (`\ud800`). */
export const BROKEN_UTF16: readonly string[] = [
  '\ud800',
  '\udfff',
  'a\ud83d',
  '\ude00b',
  '\udc00\ud800',
  `Een vraag over open deuren \ud800 in de wijk`,
];

/** Oversized texts, each well under the 1 MB body limit on its own. */
const HUGE_STRINGS: readonly string[] = [
  'x'.repeat(100_000),
  'ä'.repeat(50_000),
  '😀'.repeat(30_000),
  "'".repeat(20_000),
];

/** Numbers outside any sane range, and the ones JSON turns into null. */
const HOSTILE_NUMBERS: readonly number[] = [
  1e308,
  -1e308,
  2 ** 53 + 2,
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  5e-324,
  0.5,
  -1,
  NaN,
  Infinity,
];

/** A value nested `depth` levels deep in arrays or objects. */
export function nested(kind: 'array' | 'object', depth: number): unknown {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));

/** Strings a visitor should never be able to break anything with. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: controlChar, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...BROKEN_UTF16) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...HOSTILE_STRINGS, ...BROKEN_UTF16))
      .map(([plain, bad]) => `Een vraag over ${plain} ${bad} en meer tekst`),
  },
);

/** Any JSON-ish value that is wrong in kind or size: strings, numbers, nesting, objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('array' as const, 'object' as const),
        fc.integer({ min: 20, max: 3000 }),
      )
      .map(([kind, depth]) => nested(kind, depth)),
  },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 6 }) },
  {
    weight: 1,
    arbitrary: fc.constant(
      JSON.parse(
        '{"__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}}}',
      ) as unknown,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, '', 0) },
);

/** Known good values from the database, so fuzzing reaches past validation into the queries. */
export type ValuePool = {
  /** Slugs of sessions, series, reports, editions, themes, keywords, movements. */
  readonly slugs: readonly string[];
  /** Ids of sessions, reports and the like. */
  readonly ids: readonly string[];
  /** E-mail addresses that exist or look plausible. */
  readonly emails: readonly string[];
};

function fromPool(values: readonly string[], fallback: fc.Arbitrary<string>) {
  return values.length > 0 ? fc.constantFrom(...values) : fallback;
}

function stringFor(schema: JsonSchema, key: string, pool: ValuePool): fc.Arbitrary<unknown> {
  const maxLength = Math.min(schema.maxLength ?? 300, 3000);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fromPool(pool.ids, fc.uuid()));
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'email' || /e-?mail/i.test(key)) {
    return fc.oneof(fc.emailAddress(), fromPool(pool.emails, fc.emailAddress()));
  }
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const matching = pool.slugs.filter((slug) => pattern.test(slug));
    return fc.oneof(
      fc.stringMatching(pattern).filter((s) => s.length <= maxLength),
      fromPool(matching, fc.stringMatching(pattern)),
    );
  }
  return fc.oneof(
    fc.string({ minLength, maxLength: Math.min(maxLength, 200) }),
    fc.string({ unit: 'binary', minLength, maxLength: Math.min(maxLength, 200) }),
  );
}

function objectFor(schema: JsonSchema, pool: ValuePool, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const model = Object.fromEntries(
    properties.map(([key, property]) => [key, fieldFor(property, key, pool, depth + 1)]),
  );
  const required = (schema.required ?? []).filter((key) => key in model);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(model, { requiredKeys: required }) },
    { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.record(model, { requiredKeys: required }),
          fc.dictionary(hostileString, hostileValue, { maxKeys: 3 }),
        )
        .map(([valid, extra]) => ({ ...extra, ...valid })),
    },
  );
}

/**
 * A value of the right shape for `schema`, built from valid-looking parts: the values that
 * get past validation and reach the database.
 */
export function shapedValue(
  schema: JsonSchema,
  key: string,
  pool: ValuePool,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant(null);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((s) => shapedValue(s, key, pool, depth + 1)));
  }
  if (schema.allOf?.[0]) return shapedValue(schema.allOf[0], key, pool, depth + 1);
  if (Array.isArray(schema.type)) {
    return fc.oneof(
      ...schema.type.map((type) => shapedValue({ ...schema, type }, key, pool, depth + 1)),
    );
  }
  switch (schema.type) {
    case 'string':
      return stringFor(schema, key, pool);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ noNaN: true, min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fieldFor(schema.items ?? {}, key, pool, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 6),
        maxLength: Math.min(schema.maxItems ?? 6, 8),
      });
    case 'object':
      return objectFor(schema, pool, depth);
    default:
      return fc.anything({ maxDepth: 2, maxKeys: 4 });
  }
}

function fieldFor(schema: JsonSchema, key: string, pool: ValuePool, depth: number) {
  return fc.oneof(
    { weight: 4, arbitrary: shapedValue(schema, key, pool, depth) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/**
 * The input of one fuzzed call: mostly of the procedure's own shape with valid and hostile
 * fields mixed, sometimes a hostile value of any kind, sometimes nothing at all.
 *
 * @example fc.asyncProperty(procedureInput(info.inputSchema, pool), async (input) => { … })
 */
export function procedureInput(schema: JsonSchema | null, pool: ValuePool): fc.Arbitrary<unknown> {
  const shaped = schema ? shapedValue(schema, '', pool) : fc.constant(undefined);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}
