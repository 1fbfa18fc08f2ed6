import autocannon, { type AutocannonResult } from 'autocannon';

/** One load run's figures: requests per second and latency percentiles in milliseconds. */
export type LoadFigures = {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses other than 2xx, connection errors and timeouts: must be 0 for a valid run. */
  readonly failures: number;
  readonly requests: number;
};

/** Options of {@link load}: `seconds` stays small so the whole bench fits in minutes. */
export type LoadOptions = {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
};

/**
 * Runs autocannon against one URL on loopback (keep-alive, no pipelining) and returns the
 * figures. A run with failed requests throws: a fast error page must never look like speed.
 *
 * @example const figures = await load({ url: `${app}/trpc/agenda.list`, connections: 8, seconds: 3 });
 */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const result = await new Promise<AutocannonResult>((done, fail) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        pipelining: 1,
        timeout: 20,
        headers: { 'accept-encoding': 'identity' },
      },
      (error, outcome) => (error ? fail(error) : done(outcome)),
    );
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(
      `${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  const seconds = result.duration > 0 ? result.duration : options.seconds;
  return {
    rps: result['2xx'] / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures,
    requests: result['2xx'],
  };
}

/**
 * Averages repeated runs of the same target (throughput and both percentiles). Both sides of
 * a comparison are combined the same way, so one noisy second on a shared machine weighs
 * equally on the baseline and on the server under test.
 *
 * @example const figures = combine([first, second]);
 */
export function combine(runs: readonly LoadFigures[]): LoadFigures {
  if (runs.length === 0) throw new Error('combine: no runs');
  const mean = (pick: (run: LoadFigures) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    rps: mean((run) => run.rps),
    p50Ms: mean((run) => run.p50Ms),
    p99Ms: mean((run) => run.p99Ms),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
  };
}
