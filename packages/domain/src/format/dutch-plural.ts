/**
 * Dutch words for a count: one home for "1 vraag" / "3 vragen", so no text concatenates its
 * own plural. Dutch has two plural categories (`one` for exactly 1, `other` for everything
 * else, 0 included); `Intl.PluralRules` decides, so counts such as 1.5 or -1 are right too.
 */

/** The Dutch forms of a word or phrase: for exactly one, and for any other count (0 too). */
export type DutchForms = {
  /** The form for one, e.g. "vraag" or "deelnemer heeft". */
  readonly one: string;
  /** The form for any other count, e.g. "vragen" or "deelnemers hebben". */
  readonly other: string;
};

const rules = new Intl.PluralRules('nl-NL');
const numbers = new Intl.NumberFormat('nl-NL');

/**
 * The form that fits `count`.
 *
 * @example dutchForm(1, { one: 'deelt', other: 'delen' }) // 'deelt'
 * @example dutchForm(0, { one: 'deelt', other: 'delen' }) // 'delen'
 */
export function dutchForm(count: number, forms: DutchForms): string {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/**
 * The count in Dutch number notation followed by the form that fits it.
 *
 * @example dutchCount(1, { one: 'vraag', other: 'vragen' }) // '1 vraag'
 * @example dutchCount(1250, { one: 'sessie', other: 'sessies' }) // '1.250 sessies'
 */
export function dutchCount(count: number, forms: DutchForms): string {
  return `${numbers.format(count)} ${dutchForm(count, forms)}`;
}
