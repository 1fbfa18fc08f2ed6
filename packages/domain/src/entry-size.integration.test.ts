/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import {
  HEAVY_PACKAGES,
  LIGHT_ENTRIES,
  SIZE_BUDGETS,
  declaredEntries,
  measureEntry,
  type EntrySize,
} from '../tools/entry-sizes.js';

/**
 * The size budgets of `npm test`: every entry point, bundled and gzipped as a browser gets
 * it, stays under its budget; the light entry points carry neither the holiday tables nor
 * the calendar renderer (that is why they exist).
 */
describe('the size of each entry point (minified + gzipped)', () => {
  const measured = new Map<string, Promise<EntrySize>>();
  const size = (entry: string) => {
    let pending = measured.get(entry);
    if (!pending) {
      pending = measureEntry(entry);
      measured.set(entry, pending);
    }
    return pending;
  };

  it('has a budget for every declared entry point, and none for an entry point that is gone', async () => {
    expect(Object.keys(SIZE_BUDGETS).sort()).toEqual((await declaredEntries()).sort());
  });

  it.each(Object.entries(SIZE_BUDGETS))(
    '%s stays within %i gzipped bytes',
    async (entry, budget) => {
      const { gzipBytes, minifiedBytes } = await size(entry);
      expect(gzipBytes).toBeGreaterThan(0);
      expect(gzipBytes).toBeLessThan(minifiedBytes);
      expect(gzipBytes).toBeLessThanOrEqual(budget);
    },
  );

  it.each(LIGHT_ENTRIES)('%s bundles no holiday tables and no calendar renderer', async (entry) => {
    const { packages } = await size(entry);
    for (const heavy of HEAVY_PACKAGES) expect(packages).not.toContain(heavy);
  });

  it('format is small enough for a first view: luxon and nothing else from npm', async () => {
    const format = await size('format');
    expect(format.packages).toEqual(['luxon']);
    // The root carries everything; the point of `/format` is to be a fraction of it.
    expect(format.gzipBytes * 10).toBeLessThan((await size('.')).gzipBytes);
  });
});
