import { slugify, type Id } from '../shared/index.js';
import type { Keyword, Theme } from './taxonomy.schema.js';

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/**
 * Sorts themes or keywords by label the Dutch way (case- and accent-insensitive).
 *
 * @example sortByLabel([{ label: 'zeggenschap' }, { label: 'Behandelaars' }]) // Behandelaars first
 */
export function sortByLabel<T extends { label: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * Finds an existing keyword or theme by its label (compared as slugs, so 'Buurtbewoners'
 * and 'buurtbewoners ' match): avoids near-duplicate tags.
 *
 * @example findByLabel(keywords, 'Buurtbewoners ')?.slug // 'buurtbewoners'
 */
export function findByLabel<T extends Theme | Keyword>(
  items: readonly T[],
  label: string,
): T | undefined {
  const wanted = slugify(label);
  return items.find((item) => item.slug === wanted || slugify(item.label) === wanted);
}

/**
 * Looks up labels for ids, keeping the order of the ids and skipping unknown ones.
 *
 * @example labelsFor(themes, [openDeurenId]) // ['Open deuren']
 */
export function labelsFor(items: readonly (Theme | Keyword)[], ids: readonly Id[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item.label]));
  return ids.flatMap((id) => {
    const label = byId.get(id);
    return label === undefined ? [] : [label];
  });
}
