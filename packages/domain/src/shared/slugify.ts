import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './constants.js';

/**
 * Turns a Dutch title into a slug: accents folded to ASCII (cliënten -> clienten, é -> e),
 * '&' read as 'en', everything else that is not a letter or digit becomes a single hyphen,
 * cut to 80 characters on a word boundary where possible. Returns '' for text without any
 * letter or digit (the caller then picks a fallback).
 *
 * @example slugify('Vrijheid en veiligheid voor het levensgeluk van cliënten')
 * // 'vrijheid-en-veiligheid-voor-het-levensgeluk-van-clienten'
 */
export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ĳ/gi, 'ij')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= SLUG_MAX_LENGTH) return folded;
  const cut = folded.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/**
 * Whether a string is a valid slug (the same rule as the `Slug` schema).
 *
 * @example isSlug('open-deuren') // true
 */
export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * Makes a slug unique against those already taken by appending -2, -3, ….
 *
 * @example uniqueSlug('open-deuren', ['open-deuren']) // 'open-deuren-2'
 */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
