/**
 * The production shape (deploy/nginx.conf): `agenda.list` through nginx in front of two
 * server processes on one PostgreSQL database, over one server process answering directly.
 * On a machine whose few cores also carry the load tool, PostgreSQL and nginx, the ratio shows
 * the proxy's cost rather than scaling; the CPU each process used per request is written
 * beside it, so the scaling on a larger machine can be read from it.
 *
 * Both shapes run with TRUST_PROXY off: every request then comes from one loopback client,
 * which the read budget leaves alone, so the load tool is measured and not refused.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { nginxBinary, startNginx } from '@jamsessie/server';
import { createPostgresDatabase, dropPostgresDatabase } from './lib/databases.js';
import { combine, load, type LoadFigures } from './lib/load.js';
import { freePort } from '@jamsessie/testing';
import { TSX_FLAGS, msUntilOk, spawnNode, stopChild } from './lib/processes.js';
import { round } from './lib/stats.js';

/** What the nginx benchmark measured. */
export type NginxBenchResult = {
  readonly cores: number;
  readonly connections: number;
  readonly direct: LoadFigures;
  readonly viaNginx: LoadFigures;
  /** nginx + two processes rps / one process direct rps. */
  readonly ratio: number;
  /** CPU milliseconds per request, per process, in the nginx run (and the direct one). */
  readonly cpuMsPerRequest: {
    readonly direct: number;
    readonly servers: readonly number[];
    readonly nginx: number;
  };
};

const DATABASE = 'jamsessie_bench_nginx_test';
const PATH = '/trpc/agenda.list';
const CONNECTIONS = 8;
const WARM_UP_SECONDS = 2;

/** CPU time (user + system) of a process and its threads so far, in milliseconds. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ": state is field 0, utime 11, stime 12 (in clock ticks of 10 ms).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text === '' ? [] : text.split(/\s+/).map(Number);
}

async function startServer(databaseUrl: string) {
  const port = await freePort();
  const child = spawnNode([...TSX_FLAGS, 'apps/server/src/main.ts'], {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    TRUST_PROXY: 'false',
    NODE_ENV: 'production',
    SMTP_URL: '',
    ADMIN_EMAIL: 'beheer@bench.example',
    ADMIN_PASSWORD: 'bench-wachtwoord-lang-genoeg',
  });
  await msUntilOk(`http://127.0.0.1:${port}/healthz`, performance.now(), child);
  return { port, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

/** Runs `rounds` loads and the CPU each watched process spent in them. */
async function measure(url: string, pids: readonly number[], seconds: number, rounds: number) {
  await load({ url, connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
  const before = pids.map(cpuMs);
  const runs: LoadFigures[] = [];
  for (let i = 0; i < rounds; i += 1) {
    runs.push(await load({ url, connections: CONNECTIONS, seconds }));
  }
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const perRequest = pids.map((pid, i) => round((cpuMs(pid) - (before[i] ?? 0)) / requests, 3));
  return { figures: combine(runs), perRequest };
}

/**
 * Measures one server process directly, then nginx in front of two, on the PostgreSQL server.
 * Throws when nginx or PostgreSQL is missing (the run records it and goes on).
 */
export async function runNginxBench(options: {
  seconds: number;
  rounds: number;
}): Promise<NginxBenchResult> {
  if (!nginxBinary()) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const databaseUrl = await createPostgresDatabase(DATABASE);
  const servers = [await startServer(databaseUrl)];
  try {
    servers.push(await startServer(databaseUrl));
    const [first, second] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const direct = await measure(
      `http://127.0.0.1:${first.port}${PATH}`,
      [first.pid],
      options.seconds,
      options.rounds,
    );
    const proxy = await startNginx({
      upstreams: [first.port, second.port],
      trustClientHeader: false,
    });
    try {
      const workers = childrenOf(proxy.pid);
      const via = await measure(
        `${proxy.baseUrl}${PATH}`,
        [first.pid, second.pid, proxy.pid, ...workers],
        options.seconds,
        options.rounds,
      );
      const [one = 0, two = 0, ...nginx] = via.perRequest;
      return {
        cores: cpus().length,
        connections: CONNECTIONS,
        direct: direct.figures,
        viaNginx: via.figures,
        ratio: round(via.figures.rps / direct.figures.rps, 3),
        cpuMsPerRequest: {
          direct: direct.perRequest[0] ?? 0,
          servers: [one, two],
          nginx: round(
            nginx.reduce((sum, ms) => sum + ms, 0),
            3,
          ),
        },
      };
    } finally {
      await proxy.stop();
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await dropPostgresDatabase(DATABASE);
  }
}
