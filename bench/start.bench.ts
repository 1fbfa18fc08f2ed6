/**
 * Start-up and memory: the server entry (`node --conditions=source --import tsx
 * apps/server/src/main.ts`, PGlite in DATA_DIR) from spawn to the first `/healthz` 200, on an
 * empty data folder and on a filled one, against `node -e` with a bare http server; and the
 * server's resident size after a short load against that bare server's after the same load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './lib/load.js';
import { TSX_FLAGS, msUntilOk, residentBytes, spawnNode, stopChild } from './lib/processes.js';
import { freePort } from '@jamsessie/testing';
import { median } from './lib/stats.js';

/** A server process the bench started and must stop. */
export type Running = { readonly url: string; readonly pid: number; stop(): Promise<void> };

/** Start times in seconds (medians of the filled and bare runs). */
export type StartResult = {
  readonly emptySeconds: number;
  readonly filledSeconds: number;
  readonly filledRuns: readonly number[];
  readonly bareSeconds: number;
  readonly bareRuns: readonly number[];
};

const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

async function startTimed(
  args: readonly string[],
  env: Record<string, string>,
  healthPath: string,
): Promise<{ seconds: number; running: Running }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawnNode(args, { ...env, PORT: String(port) });
  try {
    const ms = await msUntilOk(`${url}${healthPath}`, startedAt, child);
    const pid = child.pid ?? 0;
    return { seconds: ms / 1000, running: { url, pid, stop: () => stopChild(child) } };
  } catch (error) {
    await stopChild(child);
    throw new Error(`${String(error)}\n${child.output()}`);
  }
}

/**
 * Measures the starts and leaves the last filled server and the last bare server running
 * (for the first-view and memory benchmarks); the caller stops them, then calls `cleanUp`.
 */
export async function runStartBench(options: { filledRuns: number }): Promise<{
  result: StartResult;
  server: Running;
  bare: Running;
  cleanUp(): void;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-bench-'));
  const env = {
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    ADMIN_EMAIL: 'beheer@bench.example',
    ADMIN_PASSWORD: 'bench-wachtwoord-lang-genoeg',
  };
  const serverArgs = [...TSX_FLAGS, 'apps/server/src/main.ts'];
  const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
  let server: Running | undefined;
  let bare: Running | undefined;
  try {
    const empty = await startTimed(serverArgs, env, '/healthz');
    await empty.running.stop();
    const filledRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let run = 0; run < options.filledRuns; run += 1) {
      const last = run === options.filledRuns - 1;
      const filled = await startTimed(serverArgs, env, '/healthz');
      filledRuns.push(filled.seconds);
      if (last) server = filled.running;
      else await filled.running.stop();
      const baseline = await startTimed(['-e', BARE_SERVER], {}, '/');
      bareRuns.push(baseline.seconds);
      if (last) bare = baseline.running;
      else await baseline.running.stop();
    }
    if (!server || !bare) throw new Error('no start runs');
    return {
      result: {
        emptySeconds: empty.seconds,
        filledSeconds: median(filledRuns),
        filledRuns,
        bareSeconds: median(bareRuns),
        bareRuns,
      },
      server,
      bare,
      cleanUp,
    };
  } catch (error) {
    await server?.stop();
    await bare?.stop();
    cleanUp();
    throw error;
  }
}

/** Resident sizes after the same short load, in bytes. */
export type MemoryResult = {
  readonly serverBytes: number;
  readonly bareBytes: number;
  readonly ratio: number;
};

/**
 * Loads the server (agenda over tRPC, then the calendar feed) and the bare server (same
 * connections and seconds), then reads both processes' resident size.
 */
export async function runMemoryBench(
  server: Running,
  bare: Running,
  seconds: number,
): Promise<MemoryResult> {
  await load({ url: `${server.url}/trpc/agenda.list`, connections: 8, seconds });
  await load({ url: `${server.url}/agenda.ics`, connections: 8, seconds });
  await load({ url: `${bare.url}/`, connections: 8, seconds: seconds * 2 });
  const serverBytes = residentBytes(server.pid);
  const bareBytes = residentBytes(bare.pid);
  return { serverBytes, bareBytes, ratio: serverBytes / bareBytes };
}
