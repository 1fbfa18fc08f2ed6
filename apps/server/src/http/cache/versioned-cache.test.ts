import { describe, expect, it } from 'vitest';
import { createVersionedCache } from './versioned-cache.js';

function counted<V>(value: V) {
  let calls = 0;
  return {
    render: () => {
      calls += 1;
      return Promise.resolve(value);
    },
    calls: () => calls,
  };
}

describe('createVersionedCache', () => {
  it('renders once per route and version, and again when the version changes', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 10 });
    const first = counted('body at v1');
    expect(await cache.get('/agenda.ics', 'v1', first.render)).toBe('body at v1');
    expect(await cache.get('/agenda.ics', 'v1', first.render)).toBe('body at v1');
    expect(first.calls()).toBe(1);
    const second = counted('body at v2');
    expect(await cache.get('/agenda.ics', 'v2', second.render)).toBe('body at v2');
    expect(second.calls()).toBe(1);
    expect(cache.size).toBe(1);
  });

  it('shares one render between concurrent requests', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 10 });
    const once = counted('shared');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => cache.get('/agenda.ics', 'v1', once.render)),
    );
    expect(answers).toEqual(Array(8).fill('shared'));
    expect(once.calls()).toBe(1);
  });

  it('keeps neither unknown routes (null) nor failed renders', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 10 });
    expect(
      await cache.get('/agenda/thema/bestaat-niet.ics', 'v1', () => Promise.resolve(null)),
    ).toBeNull();
    await expect(
      cache.get('/agenda.ics', 'v1', () => Promise.reject(new Error('database down'))),
    ).rejects.toThrow('database down');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    const retry = counted('recovered');
    expect(await cache.get('/agenda.ics', 'v1', retry.render)).toBe('recovered');
    expect(retry.calls()).toBe(1);
  });

  it('drops the least recently used route beyond maxEntries', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 2 });
    await cache.get('/a.ics', 'v1', () => Promise.resolve('a'));
    await cache.get('/b.ics', 'v1', () => Promise.resolve('b'));
    await cache.get('/a.ics', 'v1', () => Promise.resolve('a again')); // a is now the newest
    await cache.get('/c.ics', 'v1', () => Promise.resolve('c'));
    expect(cache.size).toBe(2);
    const a = counted('a rendered');
    const b = counted('b rendered');
    expect(await cache.get('/a.ics', 'v1', a.render)).toBe('a');
    expect(await cache.get('/b.ics', 'v1', b.render)).toBe('b rendered');
    expect([a.calls(), b.calls()]).toEqual([0, 1]);
  });
});
