import { describe, expect, it } from 'vitest';
import { createFreshRead } from './fresh-read.js';

/** A read whose answers the test hands out one by one, in order. */
function controlledRead() {
  const started: ((value: number) => void)[] = [];
  const read = () => new Promise<number>((resolve) => started.push(resolve));
  return { read, started };
}

describe('createFreshRead', () => {
  it('gives a caller that arrives while a read runs the NEXT read, shared with others who wait', async () => {
    const { read, started } = controlledRead();
    const fresh = createFreshRead(read);
    const first = fresh();
    const second = fresh();
    const third = fresh();
    expect(started).toHaveLength(1);
    started[0]!(1);
    expect(await first).toBe(1);
    // The read the late callers share started only after the first one ended.
    await Promise.resolve();
    expect(started).toHaveLength(2);
    started[1]!(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('starts a new read for a caller that arrives when none runs', async () => {
    let reads = 0;
    const fresh = createFreshRead(() => Promise.resolve((reads += 1)));
    expect(await fresh()).toBe(1);
    expect(await fresh()).toBe(2);
  });

  it('lets a failed read fail only its own callers', async () => {
    let reads = 0;
    const fresh = createFreshRead(() => {
      reads += 1;
      return reads === 1 ? Promise.reject(new Error('weg')) : Promise.resolve(reads);
    });
    const failing = fresh();
    const next = fresh();
    await expect(failing).rejects.toThrow('weg');
    expect(await next).toBe(2);
  });
});
