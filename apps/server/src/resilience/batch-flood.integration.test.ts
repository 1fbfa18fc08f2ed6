import { databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from './load.driver.js';
import { startResilienceServer, type ResilienceServer } from './resilience-server.testing.js';
import { callProcedure, fetchAnswer } from './trpc-http.client.js';

const FLOODER = { 'X-Forwarded-For': '198.51.100.66' };
const VISITOR = { 'X-Forwarded-For': '203.0.113.20' };
/** 4 × 40 requests, half of them ten-call batches: 800 calls, past every read budget. */
const FLOOD_PER_WORKER = 40;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * The security review's attack: one anonymous GET naming `agenda.list` a thousand times took
 * 10 s, and two of them made an ordinary visitor wait 10.85 s instead of 15 ms. Now the
 * flooder's requests are refused before any procedure runs (413 for a huge batch, 429 once
 * its read budget is spent), and the visitor's latency stays in its own range.
 */
describe.each(databaseKindsUnderTest())('a batch flood on %s', (kind) => {
  let s: ResilienceServer;

  beforeAll(async () => {
    s = await startResilienceServer(kind, { trustProxy: true });
  }, 60_000);
  afterAll(() => s?.close());

  async function visitorLatencies(count: number): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      const answer = await callProcedure(
        s.server.baseUrl,
        'agenda.list',
        'query',
        {},
        {
          headers: VISITOR,
        },
      );
      latencies.push(performance.now() - started);
      expect(answer.status, answer.text.slice(0, 200)).toBe(200);
    }
    return latencies;
  }

  it("keeps another client's agenda.list at its normal latency while one client floods", async () => {
    await visitorLatencies(3); // warm-up: first queries plan and fill caches
    const before = median(await visitorLatencies(12));

    const thousand = Array.from({ length: 1000 }, () => 'agenda.list').join(',');
    const ten = Array.from({ length: 10 }, () => 'agenda.list').join(',');
    const tenInputs = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, {}]))),
    );
    const flood = startLoad(
      Object.fromEntries(
        Array.from({ length: 4 }, (_, w) => [
          `flooder-${w}`,
          (n: number) => ({
            label: n % 2 === 0 ? 'thousand' : 'ten',
            send: () =>
              fetchAnswer(
                n % 2 === 0
                  ? s.url(`/trpc/${thousand}?batch=1`)
                  : s.url(`/trpc/${ten}?batch=1&input=${tenInputs}`),
                { headers: FLOODER },
              ),
          }),
        ]),
      ),
      { pauseMs: 0, maxRequestsPerWorker: FLOOD_PER_WORKER },
    );
    let during: number[];
    try {
      during = await visitorLatencies(12);
      // Let the flood run its course: its ten-call batches must outrun the read budget.
      const deadline = Date.now() + 60_000;
      while (flood.records.length < 4 * FLOOD_PER_WORKER && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await flood.stop();
    }

    const statuses = new Map<string, Set<number | null>>();
    for (const record of flood.records) {
      statuses.set(record.label, (statuses.get(record.label) ?? new Set()).add(record.status));
    }
    expect(flood.records.length).toBeGreaterThan(20);
    // Every thousand-call batch was refused outright; the ten-call batches ran until the
    // flooder's read budget was spent.
    expect([...(statuses.get('thousand') ?? [])]).toEqual([413]);
    expect(statuses.get('ten')?.has(429)).toBe(true);
    for (const record of flood.records) {
      expect(record.endedAt - record.startedAt, record.label).toBeLessThan(5_000);
    }
    // Against a baseline of tens of milliseconds the unprotected server answered in seconds;
    // a shared test machine may slow the visitor down a little, never by an order.
    expect(median(during)).toBeLessThan(before * 4 + 100);
  }, 120_000);
});
