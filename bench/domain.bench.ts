/**
 * Domain benchmark: planning ten years of a monthly series and rendering its ICS feed.
 *
 * Absolute times depend on the machine (and on what else shares its cores), so every figure
 * is also given as a ratio of medians to a baseline measured in the same run on the same data:
 * `JSON.stringify` of the ten years of planned dates. Planning one year is measured too, so
 * the cost of ten years can be read as "about ten times one year" or not.
 *
 * Run alone: `npx tsx --conditions=source bench/domain.bench.ts` (from the repository root).
 */
import { pathToFileURL } from 'node:url';
import {
  planSeries,
  planYear,
  renderCalendar,
  sessionFromPlannedDate,
  sessionToCalendarEvent,
  toPublicSession,
  type CalendarEvent,
  type Series,
  type Theme,
} from '@jamsessie/domain';
import { Bench } from 'tinybench';

const OPEN_DEUREN = '2a9c4f0e-1b3d-4e5f-8a7b-6c5d4e3f2a1b';
const THUIS = '3b8d5e1f-2c4e-4f60-9b8c-7d6e5f4a3b2c';
const themes: Theme[] = [
  { id: OPEN_DEUREN, slug: 'open-deuren', label: 'Open deuren', version: 1 },
  {
    id: THUIS,
    slug: 'vrijheid-en-veiligheid-thuis',
    label: 'Vrijheid en veiligheid thuis',
    version: 1,
  },
];
const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));

/** The 2025 series of the source text: first Monday, 13:00, one hour, two themes in turn. */
const series: Pick<
  Series,
  | 'id'
  | 'title'
  | 'description'
  | 'recurrence'
  | 'themeRotation'
  | 'exceptions'
  | 'firstDate'
  | 'lastDate'
> = {
  id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
  title: 'Jamsessies Vrijheid en veiligheid voor het levensgeluk van cliënten',
  description: 'Korte online Jamsessies van een uur: sparren, improviseren en zoeken met elkaar.',
  recurrence: {
    kind: 'monthly_nth_weekday',
    weekday: 1,
    nth: 1,
    startTime: '13:00',
    durationMinutes: 60,
  },
  themeRotation: [OPEN_DEUREN, THUIS],
  exceptions: [{ date: '2026-04-06', kind: 'move', to: '2026-04-13', reason: 'Tweede Paasdag' }],
  firstDate: '2025-01-01',
  lastDate: null,
};
const TEN_YEARS = { from: '2025-01-01', to: '2034-12-31' };
const BASE_URL = 'https://jamsessie.radicalevernieuwing.nl';

function sessionId(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/** Ten years of planned dates as public calendar events, the way the feed builds them. */
function eventsOf(planned: ReturnType<typeof planSeries>): CalendarEvent[] {
  return planned.map((date, index) =>
    sessionToCalendarEvent(
      toPublicSession(
        sessionFromPlannedDate(series, date, { id: sessionId(index), movementIds: [] }),
        { seriesLink: 'https://zoom.us/j/98765432100' },
      ),
      { baseUrl: BASE_URL, themeLabels },
    ),
  );
}

function planTenYears() {
  return planSeries(series, TEN_YEARS, themes);
}

/** One row of the printed table. */
export type DomainBenchRow = {
  task: string;
  medianMicroseconds: number;
  meanMicroseconds: number;
  p99Microseconds: number;
  /** Median time divided by the baseline's median in this same run (robust to noise). */
  ratioToBaseline: number;
  samples: number;
};

const BASELINE = 'baseline: JSON.stringify 10 jaar planning';

/**
 * Runs the domain benchmark and returns one row per task; the first row is the baseline.
 *
 * @example console.table(await runDomainBench());
 */
export async function runDomainBench(options: { timeMs?: number } = {}): Promise<DomainBenchRow[]> {
  const planned = planTenYears();
  const events = eventsOf(planned);
  if (planned.length !== 120 || events.length !== 120) {
    throw new Error(`Expected 120 sessions in ten years, got ${planned.length}`);
  }

  let sink = 0; // keeps results alive so the engine cannot drop the work
  const bench = new Bench({ time: options.timeMs ?? 500, warmupTime: 100 });
  bench
    .add(BASELINE, () => {
      sink += JSON.stringify(planned).length;
    })
    .add('planYear: 1 jaar (12 data)', () => {
      sink += planYear(series, 2025, themes).length;
    })
    .add('planSeries: 10 jaar (120 data)', () => {
      sink += planTenYears().length;
    })
    .add('renderCalendar: 120 events', () => {
      sink += renderCalendar(events, { name: 'Jamsessies', refreshIntervalMinutes: 360 }).length;
    })
    .add('plannen + publiek + ICS: 10 jaar', () => {
      const ics = renderCalendar(eventsOf(planTenYears()), { name: 'Jamsessies' });
      sink += ics.length;
    });
  await bench.run();
  if (sink === 0) throw new Error('The benchmark produced nothing');

  const measured = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') {
      throw new Error(`Task "${task.name}" ended as ${result.state}`);
    }
    return {
      task: task.name,
      medianMs: result.latency.p50,
      meanMs: result.latency.mean,
      p99Ms: result.latency.p99,
      samples: result.latency.samplesCount,
    };
  });
  const baseline = measured.find((row) => row.task === BASELINE);
  if (!baseline || baseline.medianMs <= 0) throw new Error('The baseline did not run');
  return measured.map((row) => ({
    task: row.task,
    medianMicroseconds: round(row.medianMs * 1000),
    meanMicroseconds: round(row.meanMs * 1000),
    p99Microseconds: round(row.p99Ms * 1000),
    ratioToBaseline: round(row.medianMs / baseline.medianMs),
    samples: row.samples,
  }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Prints the rows as a table, with the ratio as the headline figure.
 *
 * @example printDomainBench(await runDomainBench());
 */
export function printDomainBench(rows: readonly DomainBenchRow[]): void {
  console.log(
    '\nDomein: plannen en ICS (x baseline = mediaan / mediaan van de baseline, zelfde run)',
  );
  console.table(
    rows.map((row) => ({
      taak: row.task,
      'mediaan (µs)': row.medianMicroseconds,
      'gem. (µs)': row.meanMicroseconds,
      'p99 (µs)': row.p99Microseconds,
      'x baseline': row.ratioToBaseline,
      metingen: row.samples,
    })),
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) printDomainBench(await runDomainBench());
