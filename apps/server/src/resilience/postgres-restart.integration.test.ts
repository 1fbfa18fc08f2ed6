import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '@jamsessie/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, startLoad, type LoadRecord } from './load.driver.js';
import { startMainProcess, type MainProcess } from './main-process.testing.js';
import { startThrowawayCluster, type ThrowawayCluster } from './postgres-cluster.testing.js';
import { callProcedure, fetchAnswer, trpcData } from './trpc-http.client.js';
import { expectDutchMessages, visitorMessages } from './visitor-answer.checks.js';

/** The database the server uses on the throwaway cluster (the name says "test"). */
const DATABASE = 'jamsessie_faults_test';
/**
 * How long to wait for /healthz to turn 200 once PostgreSQL is back: a liveness bound (it
 * takes well under a second), not a speed requirement. A hung request is caught by the
 * client's own time limit (REQUEST_TIMEOUT_MS): it then has no status.
 */
const RECOVERY_BOUND_MS = 60_000;
/** What a visitor reads from the API, the feeds and the health check while the database is away. */
const UNAVAILABLE = /even niet bereikbaar/;

const run = randomBytes(4).toString('hex');
let clientCounter = 0;
/** A distinct client per write (the server trusts one proxy), so the form's limit stays out of the way. */
function nextClient(): Record<string, string> {
  clientCounter += 1;
  return { 'X-Forwarded-For': `127.9.${(clientCounter >> 8) & 255}.${clientCounter & 255}` };
}

describe('stopping and restarting PostgreSQL under load (a throwaway cluster)', () => {
  let cluster: ThrowawayCluster;
  let main: MainProcess;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    const admin = await createDatabase({ databaseUrl: cluster.url('postgres'), poolSize: 1 });
    try {
      await sql`create database ${sql.id(DATABASE)}`.execute(admin.db);
    } finally {
      await admin.close();
    }
    main = await startMainProcess({
      DATABASE_URL: cluster.url(DATABASE),
      TRUST_PROXY: 'true',
      NODE_ENV: 'production',
      ADMIN_EMAIL: 'beheer@faults.test',
      ADMIN_PASSWORD: 'storingstest-wachtwoord',
    });
  }, 180_000);

  afterAll(async () => {
    await main?.stop();
    await cluster?.destroy();
  }, 60_000);

  it('answers cleanly while it is gone, recovers by itself, and keeps every acknowledged write', async () => {
    const agenda = trpcData<{ items: { slug: string }[] }>(
      await callProcedure(main.baseUrl, 'agenda.list', 'query', { when: 'upcoming' }),
    );
    const sessionSlug = agenda.items[0]?.slug;
    expect(sessionSlug, 'an upcoming session to bring dilemmas to').toEqual(expect.any(String));
    const write = (worker: string) => (n: number) => {
      const label = `Storingstest ${run} ${worker}-${n}: wat doen we als de deur openstaat?`;
      return {
        label,
        send: () =>
          callProcedure(
            main.baseUrl,
            'forms.bringDilemma',
            'mutation',
            { sessionSlug, text: label },
            { headers: nextClient() },
          ),
      };
    };
    const load = startLoad(
      {
        // Many writers: transactions hold pooled connections, as on a busy evening.
        ...Object.fromEntries(
          ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((w) => [`writer-${w}`, write(w)]),
        ),
        feed: (n) => ({ label: `ics ${n}`, send: () => fetchAnswer(`${main.baseUrl}/agenda.ics`) }),
        api: (n) => ({
          label: `list ${n}`,
          // Each read from another visitor: one client this busy would meet the read budget.
          send: () =>
            callProcedure(
              main.baseUrl,
              'agenda.list',
              'query',
              { pageSize: 5 },
              { headers: nextClient() },
            ),
        }),
      },
      { pauseMs: 10, maxRequestsPerWorker: 1500 },
    );

    await sleep(3000);
    const stopBegan = Date.now();
    await cluster.stop();
    const stopDone = Date.now();
    await sleep(1500);
    const healthDown = await fetchAnswer(`${main.baseUrl}/healthz`).catch((error: unknown) => ({
      status: 0,
      text: `no answer: ${String(error)}`,
    }));
    await sleep(2500);
    const startBegan = Date.now();
    await cluster.start();
    let recoveredAt = 0;
    while (Date.now() - startBegan < RECOVERY_BOUND_MS && main.alive()) {
      const health = await fetchAnswer(`${main.baseUrl}/healthz`).catch(() => null);
      if (health?.status === 200) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(200);
    }
    await sleep(3000);
    await load.stop();
    const records = load.records;
    const context = `server output:\n${main.output().slice(-3000)}`;

    expect(main.alive(), `the server process died. ${context}`).toBe(true);
    expect(recoveredAt, `healthz was not 200 within ${RECOVERY_BOUND_MS} ms`).toBeGreaterThan(0);
    expect(healthDown.status).toBe(503);
    expect(healthDown.text).toMatch(UNAVAILABLE);

    // Every request got an answer within the client's time limit: no connection errors, no hangs.
    const unanswered = records.filter((r) => r.status === null);
    expect(unanswered.map((r) => `${r.label}: ${r.failure}`)).toEqual([]);

    const show = (r: LoadRecord) => `${r.label} → ${r.status}: ${r.body.slice(0, 160)}`;
    const before = records.filter((r) => r.endedAt < stopBegan);
    const down = records.filter((r) => r.startedAt > stopDone && r.endedAt < startBegan);
    const after = records.filter((r) => r.startedAt > recoveredAt);
    expect(before.length).toBeGreaterThan(20);
    expect(down.length).toBeGreaterThan(20);
    expect(after.length).toBeGreaterThan(20);
    expect(before.filter((r) => r.status !== 200).map(show)).toEqual([]);
    // While it is gone: the API and the feed answer 503 "try again later" in Dutch; never a
    // stack trace or a detail.
    const viaApi = down.filter((r) => r.worker !== 'feed');
    expect(viaApi.length).toBeGreaterThan(10);
    expect(
      viaApi
        .filter(
          (r) =>
            r.status !== 503 || !visitorMessages(answerOf(r)).every((m) => UNAVAILABLE.test(m)),
        )
        .map(show),
    ).toEqual([]);
    expect(
      down
        .filter((r) => r.worker === 'feed' && (r.status !== 503 || !UNAVAILABLE.test(r.body)))
        .map(show),
    ).toEqual([]);
    for (const r of down) expectDutchMessages(answerOf(r), show(r));
    expect(
      down.filter((r) => /ECONN|postgres|57P0|\n\s+at |node_modules/.test(r.body)).map(show),
    ).toEqual([]);
    // Recovered by itself: reads and writes succeed again without a restart of the server.
    expect(after.filter((r) => r.status !== 200).map(show)).toEqual([]);
    expect(after.some((r) => r.worker.startsWith('writer'))).toBe(true);

    // Every acknowledged write is in the database.
    const acknowledged = records.filter((r) => r.worker.startsWith('writer') && r.status === 200);
    const check = await createDatabase({ databaseUrl: cluster.url(DATABASE), poolSize: 1 });
    try {
      const stored = await check.db
        .selectFrom('dilemma')
        .select('text')
        .where('text', 'like', `Storingstest ${run} %`)
        .execute();
      const texts = new Set(stored.map((row) => row.text));
      expect(acknowledged.length).toBeGreaterThan(30);
      expect(acknowledged.filter((r) => !texts.has(r.label)).map((r) => r.label)).toEqual([]);
    } finally {
      await check.close();
    }
    console.log(
      `PostgreSQL restart: ${records.length} requests, ${acknowledged.length} acknowledged writes, ` +
        `${down.length} answered while down, recovered ${recoveredAt - startBegan} ms after start ` +
        `(stop took ${stopDone - stopBegan} ms)`,
    );
  }, 150_000);
});
