/**
 * A first-come, first-served lock. PGlite is a single connection: without this lock a query
 * of one caller could run inside another caller's open transaction (and be lost with its
 * rollback), which is exactly what the `kysely-pglite` dialect got wrong: it let a second
 * caller's query run on the one connection while a transaction was open.
 *
 * @example
 * const release = await mutex.lock();
 * try { await work(); } finally { release(); }
 */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for every earlier holder to release, then returns this holder's release function. */
  async lock(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => mine);
    await previous;
    return release;
  }
}
