import { redactSecrets } from '@jamsessie/domain';

/**
 * Applies the domain's `redactSecrets` to every string inside a JSON-like value (objects,
 * arrays), returning a copy. A second line of defence for public answers assembled from
 * free text that coordinators typed (reports), where a pasted meeting link must not leak.
 *
 * @example redactDeep({ intro: 'Via https://zoom.us/j/1' }, ['https://zoom.us/j/1'])
 */
export function redactDeep<T>(value: T, secrets: readonly (string | null | undefined)[]): T {
  if (!secrets.some(Boolean)) return value;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redactSecrets(node, secrets);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(value) as T;
}
