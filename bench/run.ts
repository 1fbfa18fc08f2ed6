/**
 * `npm run bench`: runs every benchmark in one process tree, prints the tables, and writes
 * the latest figures to bench/RESULTS.md and bench/results.json. Each figure is a ratio
 * against a baseline measured in this same run (the machine's cores are shared and noisy).
 * Bounded to a few minutes: autocannon runs last seconds, growth rounds fractions of one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { runAgendaBench, type Engine } from './agenda.bench.js';
import { runAgendaMemoryBench } from './agenda-memory.bench.js';
import { runDomainBench } from './domain.bench.js';
import { writeDomainSizes } from './domain-size.bench.js';
import { runFirstViewBench } from './first-view.bench.js';
import { runGrowthBench } from './growth.bench.js';
import { runLiveFollowBench } from './live-follow.bench.js';
import { postgresAvailable, postgresUrl } from './lib/databases.js';
import { describeMachine } from './lib/machine.js';
import { repoRoot } from './lib/processes.js';
import { detailTables, targetTable, writeResults } from './lib/report.js';
import { round } from './lib/stats.js';
import { textTable } from './lib/table.js';
import { computeTargets, type BenchResults } from './lib/targets.js';
import { runNginxBench } from './nginx.bench.js';
import { runMemoryBench, runStartBench } from './start.bench.js';

const LOAD = { seconds: 2, rounds: 3 };
const GROWTH = { rounds: 6, budgetMs: 150 };
const START_FILLED_RUNS = 3;
const FIRST_VIEW_RUNS = 15;
const MEMORY_LOAD_SECONDS = 2;

const began = performance.now();
const results: BenchResults = {
  machine: describeMachine(),
  postgresVersion: null,
  load: [],
  growth: [],
  errors: [],
  durationSeconds: 0,
  loadAverageAtEnd: [],
};

function log(line: string): void {
  console.log(`[bench ${round((performance.now() - began) / 1000, 0)}s] ${line}`);
}

/** Runs one stage; a failure is recorded and the run goes on with the other stages. */
async function stage<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  log(`${name}…`);
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.errors.push({ stage: name, message: message.slice(0, 2000) });
    console.error(`[bench] ${name} failed:`, error);
    return undefined;
  }
}

async function postgresVersion(): Promise<string | null> {
  if (!(await postgresAvailable())) return null;
  const client = new pg.Client({ connectionString: postgresUrl('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

/** The first view needs the built app; build it (turbo caches) only when it is missing. */
function ensureAgendaBuilt(): void {
  if (existsSync(join(repoRoot, 'apps/agenda/dist/index.html'))) return;
  log('apps/agenda/dist is missing: building it');
  execFileSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@jamsessie/agenda', '--output-logs=errors-only'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
}

results.postgresVersion = await postgresVersion();
const engines: Engine[] = results.postgresVersion ? ['pglite', 'postgres'] : ['pglite'];
if (!results.postgresVersion) {
  results.errors.push({
    stage: 'postgres',
    message: 'no PostgreSQL server on 127.0.0.1:5432: measured on PGlite only',
  });
}
log(
  `machine: ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, node ${results.machine.node}, load ${results.machine.loadAverageAtStart.join('/')}`,
);

results.domain = await stage('domain (plan ten years, render ICS)', () =>
  runDomainBench({ timeMs: 400 }),
);
await stage('domain entry point sizes (bench/DOMAIN-SIZE.md)', () =>
  Promise.resolve(writeDomainSizes(import.meta.dirname)),
);
for (const engine of engines) {
  const loaded = await stage(`load: agenda.list vs bare, /agenda.ics (${engine})`, () =>
    runAgendaBench(engine, LOAD),
  );
  if (loaded) results.load.push(loaded);
  const fromMemory = await stage(`load: agenda.list vs bare bytes from memory (${engine})`, () =>
    runAgendaMemoryBench(engine, LOAD),
  );
  if (fromMemory) (results.memoryLoad ??= []).push(fromMemory);
}
for (const engine of engines) {
  const grown = await stage(`growth: 1x/10x/100x (${engine})`, () =>
    runGrowthBench(engine, GROWTH),
  );
  if (grown) results.growth.push(grown);
}
if (results.postgresVersion) {
  results.nginx = await stage('nginx + two processes vs one direct (postgres)', () =>
    runNginxBench(LOAD),
  );
}
for (const engine of engines) {
  const followed = await stage(`live: key press to shared screen and A's phone (${engine})`, () =>
    runLiveFollowBench(engine, 50),
  );
  if (followed) (results.liveFollow ??= []).push(followed);
}
await stage('build check: apps/agenda/dist', () => Promise.resolve(ensureAgendaBuilt()));
const started = await stage('start: empty and filled data folder', () =>
  runStartBench({ filledRuns: START_FILLED_RUNS }),
);
if (started) {
  results.start = started.result;
  try {
    results.firstView = await stage('first view in Chromium', () =>
      runFirstViewBench(started.server.url, FIRST_VIEW_RUNS),
    );
    results.memory = await stage('memory after load', () =>
      runMemoryBench(started.server, started.bare, MEMORY_LOAD_SECONDS),
    );
  } finally {
    await started.server.stop();
    await started.bare.stop();
    started.cleanUp();
  }
}

results.durationSeconds = (performance.now() - began) / 1000;
results.loadAverageAtEnd = loadavg().map((value) => round(value));
const targets = computeTargets(results);
for (const table of detailTables(results)) console.log(textTable(table));
console.log(textTable(targetTable(targets)));
writeResults(import.meta.dirname, results, targets);
log(
  `wrote bench/RESULTS.md and bench/results.json${results.errors.length > 0 ? ` (${results.errors.length} stage(s) failed)` : ''}`,
);
if (results.errors.some((e) => e.stage !== 'postgres')) process.exitCode = 1;
