import { LRUCache } from 'lru-cache';
import type { PreparedBody } from '../cache/prepared-body.js';
import { versionedCacheLookups } from '../cache/versioned-cache.js';

/** An API answer kept in memory: its status (200, or a refusal such as 404) and its body. */
export type CachedAnswer = {
  readonly status: number;
  readonly body: PreparedBody;
};

/** Options of {@link createPublicReadCache}. */
export type PublicReadCacheOptions = {
  /** At most this many bytes of answers (bodies, their gzip and keys); least recently used go first. */
  readonly maxBytes: number;
};

/** Answers of the API's public reads per request target, each valid at one data version. */
export type PublicReadCache = {
  /**
   * The answer for `target` at `version`: from memory when it was rendered at that version,
   * else rendered now (concurrent requests for the same target and version share one render).
   * A render that throws is not kept, nor one that gives null (an answer not to keep).
   */
  get(
    target: string,
    version: string,
    render: () => Promise<CachedAnswer | null>,
  ): Promise<CachedAnswer | null>;
  /** Bytes held (for tests and metrics). */
  readonly bytes: number;
  /** Answers held. */
  readonly size: number;
};

type Entry = { readonly version: string; readonly answer: CachedAnswer };

/** What an entry costs: its bytes, both encodings, the key and a little for the objects. */
function sizeOf(target: string, entry: Entry): number {
  const { body } = entry.answer;
  return body.body.length + (body.gzip?.length ?? 0) + target.length + entry.version.length + 200;
}

/**
 * Keeps rendered answers by request target (path and query string) with the data version
 * they were rendered at. Nothing is invalidated by hand: a new version misses, so several
 * processes stay correct without talking to each other. Bounded by bytes, not entries: a
 * search for every word a visitor types is many small answers, a year's agenda a few large.
 *
 * @example
 * const cache = createPublicReadCache({ maxBytes: 32 * 1024 * 1024 });
 * const answer = await cache.get(target, version, () => render(target));
 */
export function createPublicReadCache(options: PublicReadCacheOptions): PublicReadCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry, target) => sizeOf(target, entry),
  });
  const rendering = new Map<string, Promise<CachedAnswer | null>>();

  return {
    get(target, version, render) {
      const hit = entries.get(target);
      if (hit?.version === version) {
        versionedCacheLookups.hits += 1;
        return Promise.resolve(hit.answer);
      }
      const key = `${version}\n${target}`;
      const pending = rendering.get(key);
      if (pending) return pending;
      versionedCacheLookups.misses += 1;
      const value = render().then((answer) => {
        // An answer larger than the whole cache is served but not kept.
        if (answer) entries.set(target, { version, answer });
        return answer;
      });
      rendering.set(key, value);
      const done = () => rendering.delete(key);
      value.then(done, done);
      return value;
    },
    get bytes() {
      return entries.calculatedSize;
    },
    get size() {
      return entries.size;
    },
  };
}
