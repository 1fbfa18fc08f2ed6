/**
 * Load benchmark against the limit: `agenda.list` from the real server (answered from its
 * memory per data version) over a bare `node:http` server sending the same bytes from memory,
 * in the same run, at 8 connections, on one engine. Runs alternate round by round, so noise
 * from other work on the machine weighs on both sides alike.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Engine } from './agenda.bench.js';
import { createPostgresDatabase, dropPostgresDatabase } from './lib/databases.js';
import { combine, load, type LoadFigures } from './lib/load.js';
import { TSX_FLAGS, firstMessage, spawnNode, stopChild } from './lib/processes.js';
import type { TargetReady } from './lib/target-server.js';

/** What the comparison measured on one engine. */
export type AgendaMemoryResult = {
  readonly engine: Engine;
  readonly connections: number;
  readonly memoryBare: LoadFigures;
  readonly app: LoadFigures;
  /** app rps / memory-bare rps (target ≥ 0.5). */
  readonly ratio: number;
  readonly responseBytes: number;
};

const CONNECTIONS = 8;
const AGENDA_PATH = '/trpc/agenda.list';
const WARM_UP_SECONDS = 3;
const TEST_DATABASE = 'jamsessie_bench_memory_test';

/**
 * Starts the target process for an engine, checks that both answer the same JSON, warms both
 * up and measures them in alternating rounds.
 *
 * @example const figures = await runAgendaMemoryBench('postgres', { seconds: 2, rounds: 3 });
 */
export async function runAgendaMemoryBench(
  engine: Engine,
  options: { readonly seconds: number; readonly rounds: number },
): Promise<AgendaMemoryResult> {
  const env: Record<string, string> = {};
  if (engine === 'postgres')
    env['BENCH_DATABASE_URL'] = await createPostgresDatabase(TEST_DATABASE);
  const child = spawnNode([...TSX_FLAGS, 'bench/lib/target-server.ts'], env, { ipc: true });
  try {
    const ready = await firstMessage<TargetReady>(child);
    const urls = {
      memoryBare: `${ready.memoryBareUrl}${AGENDA_PATH}`,
      app: `${ready.cachedAppUrl}${AGENDA_PATH}`,
    };
    const [app, bare] = await Promise.all([
      fetch(urls.app).then((res) => res.text()),
      fetch(urls.memoryBare).then((res) => res.text()),
    ]);
    if (!isDeepStrictEqual(JSON.parse(app), JSON.parse(bare))) {
      throw new Error('the memory baseline answers other JSON than the app');
    }
    for (const url of Object.values(urls))
      await load({ url, connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
    const runs: Record<'memoryBare' | 'app', LoadFigures[]> = { memoryBare: [], app: [] };
    for (let round = 0; round < options.rounds; round += 1) {
      runs.memoryBare.push(
        await load({ url: urls.memoryBare, connections: CONNECTIONS, seconds: options.seconds }),
      );
      runs.app.push(
        await load({ url: urls.app, connections: CONNECTIONS, seconds: options.seconds }),
      );
    }
    const memoryBare = combine(runs.memoryBare);
    const appFigures = combine(runs.app);
    return {
      engine,
      connections: CONNECTIONS,
      memoryBare,
      app: appFigures,
      ratio: appFigures.rps / memoryBare.rps,
      responseBytes: Buffer.byteLength(app),
    };
  } finally {
    await stopChild(child);
    if (engine === 'postgres') await dropPostgresDatabase(TEST_DATABASE);
  }
}
