/** Options of {@link createVersionedCache}. */
export type VersionedCacheOptions = {
  /** At most this many routes are kept; the least recently used goes first. */
  readonly maxEntries: number;
};

/** A per-route memo of rendered answers, each valid while its data version is unchanged. */
export type VersionedCache<V> = {
  /**
   * The value for `route` rendered at `version`: from memory when the last render of that
   * route was at the same version, else rendered now (concurrent requests for the same
   * route and version share one render). A failed render, or one that gives null (an
   * unknown slug), is not kept.
   */
  get(route: string, version: string, render: () => Promise<V | null>): Promise<V | null>;
  /** How many routes are held (for tests). */
  readonly size: number;
};

/**
 * Lookups of every versioned cache of this process since it started (the metrics read them):
 * a hit is an answer from memory, a miss a render.
 */
export const versionedCacheLookups = { hits: 0, misses: 0 };

type Entry<V> = { readonly version: string; readonly value: Promise<V | null> };

/**
 * Keeps the latest render per route in process memory, keyed by a data version read from
 * the database on every request (see `readDataVersion`). Nothing is ever invalidated by hand:
 * a new version simply misses, so several server processes stay correct without talking to
 * each other. Bounded: one entry per route, and at most `maxEntries` routes.
 *
 * @example
 * const cache = createVersionedCache<PreparedBody>({ maxEntries: 200 });
 * const body = await cache.get('/agenda.ics', await readDataVersion(db, q), () => render());
 */
export function createVersionedCache<V>(options: VersionedCacheOptions): VersionedCache<V> {
  const entries = new Map<string, Entry<V>>();

  function forget(route: string, value: Promise<V | null>): void {
    if (entries.get(route)?.value === value) entries.delete(route);
  }

  return {
    get(route, version, render) {
      const hit = entries.get(route);
      if (hit && hit.version === version) {
        // Map order is insertion order: re-inserting marks the route as recently used.
        entries.delete(route);
        entries.set(route, hit);
        versionedCacheLookups.hits += 1;
        return hit.value;
      }
      versionedCacheLookups.misses += 1;
      const value = render();
      entries.delete(route);
      entries.set(route, { version, value });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      value.then(
        (result) => {
          if (result === null) forget(route, value);
        },
        () => forget(route, value),
      );
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
