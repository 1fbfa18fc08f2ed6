import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './stats.js';
import { markdownTable, type Table } from './table.js';
import type { BenchResults, Target } from './targets.js';

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'PASS' : 'FAIL');
const mb = (bytes: number) => round(bytes / 2 ** 20, 1);

/** The headline table: each figure with its target and verdict. */
export function targetTable(targets: readonly Target[]): Table {
  return {
    title: 'Targets (worst case counts)',
    headers: ['key', 'figure', 'value', 'target', 'result', 'decided by'],
    rows: targets.map((t) => [
      t.key,
      t.label,
      t.value ?? 'n/a',
      t.target,
      verdict(t.pass),
      t.decidedBy,
    ]),
  };
}

/** All detail tables, in the order the run measured them. */
export function detailTables(results: BenchResults): Table[] {
  const tables: Table[] = [];
  if (results.nginx) {
    const n = results.nginx;
    tables.push({
      title: `agenda.list: nginx + two server processes vs one process direct (PostgreSQL, ${n.connections} conn., ${n.cores} cores for everything)`,
      headers: ['shape', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms per request (per process)'],
      rows: [
        [
          'one process, direct',
          round(n.direct.rps, 1),
          round(n.direct.p50Ms, 1),
          round(n.direct.p99Ms, 1),
          `server ${n.cpuMsPerRequest.direct}`,
        ],
        [
          'nginx + two processes',
          round(n.viaNginx.rps, 1),
          round(n.viaNginx.p50Ms, 1),
          round(n.viaNginx.p99Ms, 1),
          `servers ${n.cpuMsPerRequest.servers.join(' + ')}, nginx ${n.cpuMsPerRequest.nginx}`,
        ],
      ],
    });
  }
  for (const m of results.memoryLoad ?? []) {
    tables.push({
      title: `agenda.list from the server's memory vs bare node:http sending the same ${m.responseBytes} bytes (${m.engine}, ${m.connections} conn.)`,
      headers: ['server', 'req/s', 'p50 ms', 'p99 ms'],
      rows: [
        [
          'bare, bytes from memory',
          round(m.memoryBare.rps, 1),
          round(m.memoryBare.p50Ms, 1),
          round(m.memoryBare.p99Ms, 1),
        ],
        [
          'app (router, tRPC path)',
          round(m.app.rps, 1),
          round(m.app.p50Ms, 1),
          round(m.app.p99Ms, 1),
        ],
      ],
    });
  }
  for (const engine of results.load) {
    tables.push({
      title: `agenda.list over tRPC vs bare node:http + driver (${engine.engine}; same SQL, same ${engine.responseBytes.app}-byte JSON)`,
      headers: [
        'conn.',
        'bare req/s',
        'tRPC req/s',
        'ratio',
        'bare p50 ms',
        'tRPC p50 ms',
        'bare p99 ms',
        'tRPC p99 ms',
        'p99 ratio',
      ],
      rows: engine.levels.map((l) => [
        l.connections,
        round(l.bare.rps, 1),
        round(l.app.rps, 1),
        round(l.throughputRatio),
        round(l.bare.p50Ms, 1),
        round(l.app.p50Ms, 1),
        round(l.bare.p99Ms, 1),
        round(l.app.p99Ms, 1),
        round(l.p99Ratio),
      ]),
    });
  }
  if (results.load.length > 0) {
    tables.push({
      title: 'Calendar feed /agenda.ics with ten years of sessions vs agenda.list (8 connections)',
      headers: [
        'engine',
        'events',
        'ICS bytes',
        'agenda req/s',
        'ICS req/s',
        'ratio',
        'ICS p99 ms',
      ],
      rows: results.load.map((e) => [
        e.engine,
        e.icsEvents,
        e.responseBytes.ics,
        round(e.ics.agenda.rps, 1),
        round(e.ics.ics.rps, 1),
        round(e.ics.ratio),
        round(e.ics.ics.p99Ms, 1),
      ]),
    });
  }
  for (const engine of results.growth) {
    tables.push({
      title: `Growth (${engine.engine}): median ms per call, interleaved rounds`,
      headers: ['query', 'scale', 'sessions', 'reports', 'median ms', 'x 1x', 'x 10x'],
      rows: engine.rows.map((row) => {
        const at10 = engine.rows.find((r) => r.query === row.query && r.scale === 10);
        return [
          row.inTarget ? row.query : `${row.query} (no target)`,
          `${row.scale}x`,
          row.sessions,
          row.reports,
          round(row.medianMs, 3),
          round(row.ratioTo1x),
          at10 ? round(row.medianMs / at10.medianMs) : 'n/a',
        ];
      }),
    });
  }
  if (results.start) {
    const s = results.start;
    tables.push({
      title: 'Start to first 200 (seconds, from spawn)',
      headers: ['what', 'median s', 'runs'],
      rows: [
        [
          'server, empty data folder (migrate + seed)',
          round(s.emptySeconds),
          round(s.emptySeconds),
        ],
        [
          'server, filled data folder',
          round(s.filledSeconds),
          s.filledRuns.map((v) => round(v)).join(', '),
        ],
        [
          'baseline: node -e bare http server',
          round(s.bareSeconds, 3),
          s.bareRuns.map((v) => round(v, 3)).join(', '),
        ],
      ],
    });
  }
  if (results.memory) {
    const m = results.memory;
    tables.push({
      title: 'Resident memory after load (MiB)',
      headers: ['server', 'bare node http', 'ratio'],
      rows: [[mb(m.serverBytes), mb(m.bareBytes), round(m.ratio, 1)]],
    });
  }
  if (results.firstView) {
    const v = results.firstView;
    const apiTiming = (ms: number) => (Number.isNaN(ms) ? 'none (data in the page)' : round(ms, 1));
    tables.push({
      title: 'First view of the public agenda',
      headers: ['what', 'value'],
      rows: [
        ...v.assets.map((a): [string, number] => [`gzip ${a.path}`, a.gzipBytes]),
        ['gzip JS total (bytes)', v.jsGzipBytes],
        ['gzip CSS total (bytes)', v.cssGzipBytes],
        ['rows on both pages (first page of the app)', v.rows],
        ['app: ms to first row (median)', round(v.appMs, 1)],
        ['static HTML: ms to first row (median)', round(v.staticMs, 1)],
        ['app: last script received (ms, median)', round(v.appScriptsLoadedMs, 1)],
        // NaN: the app made no API call before its first row (the data came with the page).
        ['app: API request sent (ms, median)', apiTiming(v.appApiStartMs)],
        ['app: API answer received (ms, median)', apiTiming(v.appApiEndMs)],
        ['app runs (ms)', v.appRuns.map((x) => round(x, 1)).join(', ')],
        ['static runs (ms)', v.staticRuns.map((x) => round(x, 1)).join(', ')],
      ],
    });
  }
  if (results.domain) {
    tables.push({
      title: 'Domain: planning and ICS (tinybench; x baseline = median / baseline median)',
      headers: ['task', 'median µs', 'p99 µs', 'x baseline', 'samples'],
      rows: results.domain.map((r) => [
        r.task,
        r.medianMicroseconds,
        r.p99Microseconds,
        r.ratioToBaseline,
        r.samples,
      ]),
    });
  }
  return tables;
}

function machineLines(results: BenchResults): string[] {
  const m = results.machine;
  return [
    `- Date: ${m.date} (the run took ${round(results.durationSeconds, 0)} s)`,
    `- Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, Linux ${m.kernel}`,
    `- Node ${m.node}; PGlite ${m.pglite}; PostgreSQL server: ${results.postgresVersion ?? 'not available'}`,
    `- Load average (1/5/15 min) at start: ${m.loadAverageAtStart.join(' / ')}; at end: ${results.loadAverageAtEnd.join(' / ')}` +
      ' — the cores are shared with other work, so only ratios measured in the same run are compared.',
  ];
}

const HOW = `Every figure is a ratio against a baseline measured in the same run, on loopback:
the tRPC server (the real request handler of apps/server) and the bare \`node:http\` server run
in one child process and are loaded by autocannon from the bench process in alternating runs;
on PGlite both share one database instance. The bare server runs the SQL compiled from the db
package's own \`listAgenda\`/\`countAgenda\` and returns the same JSON bytes (checked before
measuring). autocannon reports latency in whole milliseconds; a bare p99 of 0 counts as 1 ms.
Growth is measured on three databases (1x, 10x, 100x the demo data, copies inserted in bulk)
in interleaved rounds. The demo data has one report, so the target is held against a search
that asks every scale for the same number of hits as 1x can give (the same answer from a
hundred times the data); the public page of ten hits (\`search page\`) is shown beside it,
where 10x to 100x is the like-for-like step. Start times run from spawn to the first 200.
The first view is timed in headless Chromium from navigation start until \`.agenda-list li\` is in the DOM, each run in
a fresh context (empty cache), against a static page of the same rows with the same stylesheet
and the same security headers (Cross-Origin-Opener-Policy makes the browser switch processes).`;

/**
 * Writes `RESULTS.md` (machine, targets, details, EXPLAIN plans) and `results.json` (the
 * headline keys at the top level, everything else under `details`) into `dir`.
 */
export function writeResults(dir: string, results: BenchResults, targets: readonly Target[]): void {
  const headline = Object.fromEntries(targets.map((t) => [t.key, t.value]));
  const json = {
    date: results.machine.date,
    machine: results.machine,
    postgresVersion: results.postgresVersion,
    ...headline,
    targets,
    errors: results.errors,
    details: results,
  };
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);

  const plans = results.growth.flatMap((engine) =>
    engine.plans.map((plan) =>
      [`#### ${engine.engine}, ${plan.scale}x: ${plan.name}`, '', '```', plan.text, '```', ''].join(
        '\n',
      ),
    ),
  );
  const markdown = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); the latest run only. Machine-readable: `results.json`.',
    '',
    ...machineLines(results),
    '',
    HOW,
    '',
    markdownTable(targetTable(targets), '##'),
    ...(results.errors.length > 0
      ? [
          '## Stages that failed',
          '',
          ...results.errors.map((e) => `- ${e.stage}: ${e.message}`),
          '',
        ]
      : []),
    '## Details',
    '',
    ...detailTables(results).map((table) => markdownTable(table)),
    '## EXPLAIN (ANALYZE, BUFFERS) of the main statements',
    '',
    ...plans,
  ].join('\n');
  writeFileSync(join(dir, 'RESULTS.md'), markdown);
}
