import type { AgendaBenchResult } from '../agenda.bench.js';
import type { AgendaMemoryResult } from '../agenda-memory.bench.js';
import type { DomainBenchRow } from '../domain.bench.js';
import type { FirstViewResult } from '../first-view.bench.js';
import type { GrowthResult } from '../growth.bench.js';
import type { NginxBenchResult } from '../nginx.bench.js';
import type { LiveFollowResult } from '../live-follow.bench.js';
import type { MemoryResult, StartResult } from '../start.bench.js';
import type { Machine } from './machine.js';
import { round } from './stats.js';

/** Everything one `npm run bench` measured; a stage that failed is missing and named in `errors`. */
export type BenchResults = {
  machine: Machine;
  postgresVersion: string | null;
  load: AgendaBenchResult[];
  /** agenda.list (from the server's memory) against a bare server sending the same bytes. */
  memoryLoad?: AgendaMemoryResult[];
  growth: GrowthResult[];
  start?: StartResult;
  memory?: MemoryResult;
  firstView?: FirstViewResult;
  domain?: DomainBenchRow[];
  nginx?: NginxBenchResult;
  /** Key press to the shared screen and A's phone, per engine. */
  liveFollow?: LiveFollowResult[];
  errors: { stage: string; message: string }[];
  durationSeconds: number;
  loadAverageAtEnd: number[];
};

/** One headline figure: its results.json key, value, target and verdict (null: no target). */
export type Target = {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly target: string;
  readonly pass: boolean | null;
  /** Which measurement decided the figure (the worst one counts). */
  readonly decidedBy: string;
};

type Candidate = { value: number; by: string };

function worst(candidates: Candidate[], pick: 'min' | 'max'): Candidate | null {
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) =>
    (pick === 'min' ? b.value < a.value : b.value > a.value) ? b : a,
  );
}

function figure(
  key: string,
  label: string,
  found: Candidate | null,
  target: string,
  check: ((value: number) => boolean) | null,
): Target {
  if (!found)
    return {
      key,
      label,
      value: null,
      target,
      pass: check ? false : null,
      decidedBy: 'not measured',
    };
  return {
    key,
    label,
    value: round(found.value, 3),
    target,
    pass: check ? check(found.value) : null,
    decidedBy: found.by,
  };
}

/**
 * The headline figures with their targets. Where a figure was measured several times (per
 * engine, per connection count, per query) the WORST one is the headline, so "pass" means
 * every case passed.
 */
export function computeTargets(results: BenchResults): Target[] {
  const levels = results.load.flatMap((engine) =>
    engine.levels.map((level) => ({ engine: engine.engine, level })),
  );
  const growth = results.growth.flatMap((engine) =>
    engine.rows
      .filter((row) => row.scale === 100 && row.inTarget)
      .map((row) => ({ value: row.ratioTo1x, by: `${engine.engine}, ${row.query}` })),
  );
  const view = results.firstView;
  const follow = (results.liveFollow ?? []).flatMap((r) => [
    { engine: r.engine, screen: 'shared screen', ...r.shared },
    { engine: r.engine, screen: "A's phone", ...r.owner },
  ]);
  return [
    figure(
      'agendaVsBare',
      'agenda.list throughput / bare node:http + driver',
      worst(
        levels.map(({ engine, level }) => ({
          value: level.throughputRatio,
          by: `${engine}, ${level.connections} conn.`,
        })),
        'min',
      ),
      '≥ 0.6',
      (v) => v >= 0.6,
    ),
    figure(
      'agendaP99VsBare',
      'agenda.list p99 latency / bare',
      worst(
        levels.map(({ engine, level }) => ({
          value: level.p99Ratio,
          by: `${engine}, ${level.connections} conn.`,
        })),
        'max',
      ),
      '≤ 3',
      (v) => v <= 3,
    ),
    figure(
      'agendaVsMemoryBare',
      'agenda.list throughput / bare node:http sending the same bytes from memory',
      worst(
        (results.memoryLoad ?? []).map((m) => ({
          value: m.ratio,
          by: `${m.engine}, ${m.connections} conn.`,
        })),
        'min',
      ),
      '≥ 0.5',
      (v) => v >= 0.5,
    ),
    figure(
      'icsVsAgenda',
      '/agenda.ics (ten years) throughput / agenda.list',
      worst(
        results.load.map((e) => ({ value: e.ics.ratio, by: `${e.engine}, 8 conn.` })),
        'min',
      ),
      '≥ 0.5',
      (v) => v >= 0.5,
    ),
    figure(
      'growth100x',
      'query cost at 100x / 1x demo data',
      worst(growth, 'max'),
      '≤ 1.5',
      (v) => v <= 1.5,
    ),
    figure(
      'startFilledSeconds',
      'start to first /healthz 200, filled data folder (s)',
      results.start ? { value: results.start.filledSeconds, by: 'median of runs' } : null,
      '< 5',
      (v) => v < 5,
    ),
    figure(
      'startFilledVsBare',
      'filled start / `node -e` bare http server start',
      results.start
        ? { value: results.start.filledSeconds / results.start.bareSeconds, by: 'medians' }
        : null,
      'none (baseline)',
      null,
    ),
    figure(
      'startEmptySeconds',
      'start on an empty data folder (migrate + seed) (s)',
      results.start ? { value: results.start.emptySeconds, by: 'one run' } : null,
      'none',
      null,
    ),
    figure(
      'memoryVsBare',
      'server RSS after load / bare node http RSS',
      results.memory ? { value: results.memory.ratio, by: 'after the same load' } : null,
      'none (reported)',
      null,
    ),
    figure(
      'firstRowVsStatic',
      'time to first agenda row: app / static HTML of the same rows',
      view ? { value: view.ratio, by: 'medians' } : null,
      '≤ 1.5',
      (v) => v <= 1.5,
    ),
    figure(
      'firstViewGzipBytes',
      'gzipped JS + CSS loaded by index.html (bytes)',
      view ? { value: view.jsGzipBytes + view.cssGzipBytes, by: 'zlib default level' } : null,
      'none (reported)',
      null,
    ),
    figure(
      'nginxTwoVsOneDirect',
      'agenda.list via nginx + two processes / one process direct (8 conn.)',
      results.nginx
        ? {
            value: results.nginx.ratio,
            by: `${results.nginx.cores} cores shared with load tool and PostgreSQL: the proxy's cost, not scaling`,
          }
        : null,
      'none (reported)',
      null,
    ),
    figure(
      'liveStepToScreensMedianMs',
      "key press (admin.protocol.dispatch) to the shared screen and A's phone showing the new step, median of 50 (ms)",
      worst(
        follow.map((f) => ({ value: f.medianMs, by: `${f.engine}, ${f.screen}` })),
        'max',
      ),
      'none (reported)',
      null,
    ),
    figure(
      'liveStepToScreensP95Ms',
      "key press to the shared screen and A's phone showing the new step, p95 of 50 (ms)",
      worst(
        follow.map((f) => ({ value: f.p95Ms, by: `${f.engine}, ${f.screen}` })),
        'max',
      ),
      '≤ 1000',
      (v) => v <= 1000,
    ),
  ];
}
