/**
 * One read shared by the callers that wait for it, where each caller gets a read that
 * STARTED after it asked: so the answer is never older than the call (a change committed
 * before the call is always seen), yet under load one query serves every caller that arrived
 * while the previous one ran.
 *
 * A caller that finds no read running starts one. A caller that finds one running waits for
 * the next, which starts when the running one ends and serves everyone who waited. At most
 * one read runs at a time.
 *
 * @example
 * const version = createFreshRead(() => readPublicReadVersion(db, now()));
 * await version(); // started after this line was reached
 */
export function createFreshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<unknown> | null = null;
  let next: Promise<T> | null = null;

  function start(): Promise<T> {
    const result = read();
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    running = settled;
    void settled.then(() => {
      if (running === settled) running = null;
    });
    return result;
  }

  return function freshRead(): Promise<T> {
    if (running === null) return start();
    if (next === null) {
      const after = running;
      next = after.then(() => {
        next = null;
        return start();
      });
    }
    return next;
  };
}
