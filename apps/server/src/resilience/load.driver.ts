import type { HttpAnswer } from './trpc-http.client.js';

/** One request of a load run: when it ran, and what came back (or how it failed). */
export type LoadRecord = {
  readonly worker: string;
  /** The label of the request, e.g. the marker text of a write. */
  readonly label: string;
  readonly startedAt: number;
  readonly endedAt: number;
  /** The HTTP status, or null when no answer came (connection error, time-out). */
  readonly status: number | null;
  readonly headers: Headers;
  readonly body: string;
  readonly failure: string | null;
};

/** A worker: sends request number `n` and returns the label and the answer. */
export type LoadWorker = (n: number) => { label: string; send: () => Promise<HttpAnswer> };

/** A running load: its records so far, and `stop()` which waits for the workers to finish. */
export type RunningLoad = {
  readonly records: LoadRecord[];
  stop(): Promise<void>;
};

/**
 * Runs workers in parallel, each sending one request after the other with a short pause,
 * until `stop()` or until each has sent `maxRequestsPerWorker`: load that always ends.
 *
 * @example const load = startLoad({ writer: (n) => ({ label: `w${n}`, send: () => post(n) }) }, { pauseMs: 20, maxRequestsPerWorker: 500 });
 */
export function startLoad(
  workers: Record<string, LoadWorker>,
  options: { pauseMs: number; maxRequestsPerWorker: number },
): RunningLoad {
  const records: LoadRecord[] = [];
  let stopping = false;
  const runs = Object.entries(workers).map(async ([name, worker]) => {
    for (let n = 0; n < options.maxRequestsPerWorker && !stopping; n += 1) {
      const { label, send } = worker(n);
      const startedAt = Date.now();
      try {
        const answer = await send();
        records.push({
          worker: name,
          label,
          startedAt,
          endedAt: Date.now(),
          status: answer.status,
          headers: answer.headers,
          body: answer.text,
          failure: null,
        });
      } catch (error) {
        records.push({
          worker: name,
          label,
          startedAt,
          endedAt: Date.now(),
          status: null,
          headers: new Headers(),
          body: '',
          failure: String(error),
        });
      }
      await new Promise((r) => setTimeout(r, options.pauseMs));
    }
  });
  return {
    records,
    stop: async () => {
      stopping = true;
      await Promise.all(runs);
    },
  };
}

/**
 * A record as an {@link HttpAnswer} (status 0 when none came), for the answer checks.
 *
 * @example expectDutchMessages(answerOf(record), record.label);
 */
export function answerOf(record: LoadRecord): HttpAnswer {
  return { status: record.status ?? 0, headers: record.headers, text: record.body };
}
