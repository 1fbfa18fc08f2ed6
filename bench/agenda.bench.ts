/**
 * Load benchmark: the public agenda over tRPC against a bare `node:http` + database client
 * server running the same SQL and returning the same JSON, at 1, 8 and 32 connections; and
 * the ten-year calendar feed (`/agenda.ics`) against the agenda query. Runs on one engine:
 * PGlite (both servers share one instance) or the PostgreSQL server.
 */
import { isDeepStrictEqual } from 'node:util';
import { createPostgresDatabase, dropPostgresDatabase } from './lib/databases.js';
import { combine, load, type LoadFigures } from './lib/load.js';
import { TSX_FLAGS, firstMessage, spawnNode, stopChild } from './lib/processes.js';
import type { TargetReady } from './lib/target-server.js';

/** The database engine a benchmark runs on. */
export type Engine = 'pglite' | 'postgres';

/** tRPC against bare at one connection count. */
export type LevelResult = {
  readonly connections: number;
  readonly bare: LoadFigures;
  readonly app: LoadFigures;
  /** app rps / bare rps (target ≥ 0.6). */
  readonly throughputRatio: number;
  /** app p99 / bare p99 (target ≤ 3). */
  readonly p99Ratio: number;
};

/** Everything the load benchmark measured on one engine. */
export type AgendaBenchResult = {
  readonly engine: Engine;
  readonly levels: readonly LevelResult[];
  readonly ics: { readonly agenda: LoadFigures; readonly ics: LoadFigures; readonly ratio: number };
  readonly responseBytes: { readonly app: number; readonly bare: number; readonly ics: number };
  readonly icsEvents: number;
};

/** Options: seconds per autocannon run, and how many interleaved rounds per comparison. */
export type AgendaBenchOptions = { readonly seconds: number; readonly rounds: number };

const LEVELS = [1, 8, 32];
const ICS_LEVEL = 8;
const AGENDA_PATH = '/trpc/agenda.list';
/** Load before measuring, per URL. */
const WARM_UP_SECONDS = 3;
const TEST_DATABASE = 'jamsessie_bench_test';

async function body(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.text();
}

/** Both servers must answer the same JSON, or the comparison means nothing. */
async function checkSameAnswer(ready: TargetReady) {
  const [app, bare, ics] = await Promise.all([
    body(`${ready.appUrl}${AGENDA_PATH}`),
    body(`${ready.bareUrl}${AGENDA_PATH}`),
    body(`${ready.appUrl}/agenda.ics`),
  ]);
  if (!isDeepStrictEqual(JSON.parse(app), JSON.parse(bare))) {
    throw new Error(`the bare server answers other JSON than tRPC:\n${app}\n---\n${bare}`);
  }
  const icsEvents = ics.split('BEGIN:VEVENT').length - 1;
  if (icsEvents < ready.tenYearSessions) {
    throw new Error(
      `/agenda.ics has ${icsEvents} events, expected ten years (${ready.tenYearSessions})`,
    );
  }
  return {
    responseBytes: {
      app: Buffer.byteLength(app),
      bare: Buffer.byteLength(bare),
      ics: Buffer.byteLength(ics),
    },
    icsEvents,
  };
}

/**
 * Starts the target process for an engine, checks that both servers agree, then measures.
 * Runs alternate (bare, tRPC, [ics]) round by round, so a burst of noise from other work on
 * the machine hits both sides of a ratio alike.
 *
 * @example const pglite = await runAgendaBench('pglite', { seconds: 2.5, rounds: 2 });
 */
export async function runAgendaBench(
  engine: Engine,
  options: AgendaBenchOptions,
): Promise<AgendaBenchResult> {
  const env: Record<string, string> = {};
  if (engine === 'postgres')
    env['BENCH_DATABASE_URL'] = await createPostgresDatabase(TEST_DATABASE);
  const child = spawnNode([...TSX_FLAGS, 'bench/lib/target-server.ts'], env, { ipc: true });
  try {
    const ready = await firstMessage<TargetReady>(child);
    const checked = await checkSameAnswer(ready);
    const urls = {
      bare: `${ready.bareUrl}${AGENDA_PATH}`,
      app: `${ready.appUrl}${AGENDA_PATH}`,
      ics: `${ready.appUrl}/agenda.ics`,
    };
    // Warm up until V8 has optimised each path: the app's (HTTP router, tRPC, zod, Kysely) is
    // far longer than the bare server's and took a few seconds more to reach its steady speed
    // (cold, its first 1-connection run served about two thirds of the requests of later runs).
    for (const url of Object.values(urls))
      await load({ url, connections: 8, seconds: WARM_UP_SECONDS });

    const levels: LevelResult[] = [];
    let ics: AgendaBenchResult['ics'] | undefined;
    for (const connections of LEVELS) {
      const runs: Record<'bare' | 'app' | 'ics', LoadFigures[]> = { bare: [], app: [], ics: [] };
      for (let round = 0; round < options.rounds; round += 1) {
        const seconds = options.seconds;
        runs.bare.push(await load({ url: urls.bare, connections, seconds }));
        runs.app.push(await load({ url: urls.app, connections, seconds }));
        if (connections === ICS_LEVEL) {
          runs.ics.push(await load({ url: urls.ics, connections, seconds }));
        }
      }
      const bare = combine(runs.bare);
      const app = combine(runs.app);
      levels.push({
        connections,
        bare,
        app,
        throughputRatio: app.rps / bare.rps,
        p99Ratio: app.p99Ms / Math.max(bare.p99Ms, 1),
      });
      if (connections === ICS_LEVEL) {
        const feed = combine(runs.ics);
        ics = { agenda: app, ics: feed, ratio: feed.rps / app.rps };
      }
    }
    if (!ics) throw new Error('the calendar feed was not measured');
    return { engine, levels, ics, ...checked };
  } finally {
    await stopChild(child);
    if (engine === 'postgres') await dropPostgresDatabase(TEST_DATABASE);
  }
}
