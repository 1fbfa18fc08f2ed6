import { listAllMeetingLinks, readMeetingLinksVersion, type Executor } from '@jamsessie/db';
import { compileMeetingLinkFilter, type MeetingLinkFilter } from '@jamsessie/domain';

type Compiled = { readonly version: string; readonly filter: Promise<MeetingLinkFilter> };

// One compiled filter per database handle, replaced when the links' data version moves.
const cache = new WeakMap<object, Compiled>();

/**
 * The meeting-link filter against ALL current links of all series and sessions, compiled
 * once per data version: each call costs one tiny query (the counters); the links are read
 * and compiled again only after a series or session changed, through any process.
 *
 * @example const filter = await publicLinkFilter(ctx.db); filterDeep(answer, filter);
 */
export async function publicLinkFilter(db: Executor): Promise<MeetingLinkFilter> {
  const version = await readMeetingLinksVersion(db);
  const cached = cache.get(db);
  if (cached?.version === version) return cached.filter;
  const filter = listAllMeetingLinks(db).then(compileMeetingLinkFilter);
  cache.set(db, { version, filter });
  filter.catch(() => cache.delete(db));
  return filter;
}

function isPlainObject(node: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(node);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of a JSON-like value with every string run through the filter (object keys are
 * structure, not text, and stay). What leaves for the public passes here.
 *
 * @example filterDeep({ intro: 'Via https://zoom.us/j/123456789' }, filter)
 * // { intro: 'Via [link op aanvraag]' }
 */
export function filterDeep<T>(value: T, filter: MeetingLinkFilter): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return filter.redact(node);
    if (Array.isArray(node)) return node.map(walk);
    // Only plain data is walked: an instance (a Date, a zoned time) is not text.
    if (node && typeof node === 'object' && isPlainObject(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(value) as T;
}

/**
 * Filters a value for the public with the current filter of `db`.
 *
 * @example return filterForPublic(db, await loadFeedData(db));
 */
export async function filterForPublic<T>(db: Executor, value: T): Promise<T> {
  return filterDeep(value, await publicLinkFilter(db));
}
