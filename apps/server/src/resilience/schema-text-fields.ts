/**
 * Free-text fields found by walking a domain zod schema (zod 4's `_zod.def`), so a text
 * field added to a schema is planted with secrets by the privacy crawl without anyone
 * remembering to list it. A free text is a bounded string without a format: not an id,
 * slug, URL, e-mail address, date or instant (those have a format, a pattern or a pipe).
 */

/** The part of a zod 4 schema this walker reads. */
export type ZodLike = { readonly _zod: { readonly def: unknown } };

type Check = { readonly _zod: { readonly def: { check?: string; maximum?: number } } };
type Def = {
  readonly type: string;
  readonly format?: string;
  readonly checks?: readonly Check[];
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly innerType?: ZodLike;
  readonly element?: ZodLike;
  readonly options?: readonly ZodLike[];
};

const defOf = (schema: ZodLike) => schema._zod.def as Def;

/** The longest text a free-text schema takes, or null when the schema is not free text. */
export function freeTextMax(schema: ZodLike): number | null {
  const def = defOf(schema);
  if (def.type !== 'string' || def.format) return null;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (checks.some((c) => c.check === 'string_format')) return null;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  return typeof max === 'number' ? max : null;
}

/** Wrappers whose value has the shape of their inner schema. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'nonoptional']);

function unwrapped(schema: ZodLike): ZodLike {
  const def = defOf(schema);
  return WRAPPERS.has(def.type) && def.innerType ? unwrapped(def.innerType) : schema;
}

/**
 * The paths of every free-text field of a schema: `title`, `sections[].heading`,
 * `tips[]`, `exceptions[].reason` (through unions, optional and nullable fields).
 *
 * @example textFieldPaths(Session) // ['title', 'description', 'location', 'cancellationReason']
 */
export function textFieldPaths(schema: ZodLike, at = ''): string[] {
  if (freeTextMax(schema) !== null) return [at];
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return textFieldPaths(def.innerType, at);
  if (def.type === 'array' && def.element) return textFieldPaths(def.element, `${at}[]`);
  if (def.type === 'union' && def.options)
    return [...new Set(def.options.flatMap((option) => textFieldPaths(option, at)))];
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([key, field]) =>
      textFieldPaths(field, at ? `${at}.${key}` : key),
    );
  }
  return [];
}

/** What to write into a free-text field of at most `max` characters, at `path`. */
export type Planter = (max: number, path: string) => string;

/**
 * A copy of `value` with every free-text field (per the schema) replaced by what `plant`
 * returns; null text fields get one too (a location, a cancellation reason). Calls `onPlant`
 * with each path planted, so a test can check that every field of the schema was reached.
 * With `fillEmpty` false, empty fields stay empty (where the data allows a text only in
 * some states: a cancellation reason only for a cancelled session).
 *
 * @example plantTextFields(Session, session, (max) => secret.slice(0, max), (p) => seen.add(p))
 */
export function plantTextFields<T>(
  schema: ZodLike,
  value: T,
  plant: Planter,
  onPlant: (path: string) => void = () => undefined,
  at = '',
  fillEmpty = true,
): T {
  const again = <V>(inner: ZodLike, v: V, path: string) =>
    plantTextFields(inner, v, plant, onPlant, path, fillEmpty);
  const max = freeTextMax(schema);
  if (max !== null) {
    onPlant(at);
    return plant(max, at) as T;
  }
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) {
    // An empty optional or nullable text is planted too: a coordinator can fill it in.
    if (value === null || value === undefined) {
      const text = unwrapped(def.innerType);
      if (!fillEmpty) return value;
      return freeTextMax(text) === null ? value : (again(text, '', at) as T);
    }
    return again(def.innerType, value, at);
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.map((item: unknown) => again(element, item, `${at}[]`)) as T;
  }
  if (def.type === 'union' && def.options) {
    const fitting = def.options.find(
      (option) =>
        (option as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(value)
          .success,
    );
    return fitting ? again(fitting, value, at) : value;
  }
  if (def.type === 'object' && def.shape && value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // The schema's keys too: an optional text that is absent can be filled in.
    const keys = new Set([...Object.keys(record), ...Object.keys(def.shape)]);
    const entries = [...keys].flatMap((key) => {
      const fieldSchema = def.shape?.[key];
      if (!fieldSchema) return [[key, record[key]]];
      const planted = again(fieldSchema, record[key], at ? `${at}.${key}` : key);
      return planted === undefined ? [] : [[key, planted]];
    });
    return Object.fromEntries(entries) as T;
  }
  return value;
}
