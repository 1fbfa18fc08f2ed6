import {
  sendOutboxBatch,
  type Db,
  type MailTransport,
  type OutboxBatchResult,
  type OutboxNotifier,
} from '@jamsessie/api';
import type { OutboxPolicy } from '@jamsessie/db';

/** Work that runs every so often in the loop, such as "queue the reminders that are due". */
export type JobTask = {
  readonly name: string;
  /** How often; the first run is at start-up. */
  readonly everyMs: number;
  /** Must be idempotent: several processes run it, and a crash may repeat it. */
  run(now: Date): Promise<unknown>;
};

/** Options of {@link startJobLoop}. */
export type JobLoopOptions = {
  readonly db: Db;
  /**
   * Where mail goes. Wrap it with the API's `withListUnsubscribe` so subscription mail gets
   * the one-click unsubscribe headers. Null when no SMTP server is configured: the tasks
   * still queue their mail (coordinators see it in the outbox), only sending waits.
   */
  readonly transport: MailTransport | null;
  readonly from?: string;
  readonly now?: () => Date;
  /**
   * Messages claimed per batch (default 5). A batch is claimed at once and sent one by one,
   * so sending a whole batch must take less than the lease, or a second process takes over
   * the rest of it and sends those twice: with SMTP time-outs of up to ~50 s per message and
   * the default lease of 300 s, keep it at 5 or below.
   */
  readonly batchSize?: number;
  /** How often the outbox is polled when nobody wakes the loop (default 15 s). */
  readonly pollMs?: number;
  /** Lease, attempts and back-off of the outbox (the db's defaults unless given). */
  readonly policy?: OutboxPolicy;
  readonly tasks?: readonly JobTask[];
  /** Where failures of a task or a batch go; the loop itself keeps running. */
  readonly onError?: (job: string, error: unknown) => void;
};

/** A running loop: `wake()` sends soon (after a procedure queued mail), `stop()` waits for the current round. */
export type JobLoop = OutboxNotifier & {
  stop(): Promise<void>;
  /**
   * Runs one round now (due tasks, then the outbox until it is empty); for tests and scripts.
   * With `allTasks` every task runs, due or not (they are idempotent).
   */
  runOnce(options?: { allTasks?: boolean }): Promise<JobRound>;
};

/** What one round did. */
export type JobRound = { tasks: string[]; outbox: OutboxBatchResult };

/** The most batches one round sends before giving other work (and a stop) a turn. */
const MAX_BATCHES_PER_ROUND = 20;

/**
 * The background work of a server process, in one serial loop: the periodic tasks (the
 * reminder job) when they are due, then the outbox, batch after batch. Claiming uses the
 * db's `FOR UPDATE SKIP LOCKED` with a lease, so any number of processes may run this loop
 * against the same PostgreSQL: no message is claimed by two live senders, a message a
 * crashed sender had claimed is taken over after the lease, and a failing SMTP server is
 * retried with back-off (the rows show as 'failed' with their error in the coordinators'
 * outbox view meanwhile). Tasks are idempotent by their outbox keys, so running them in
 * several processes queues nothing twice.
 *
 * @example
 * const jobs = startJobLoop({
 *   db, transport: withListUnsubscribe(createMailTransport(env.SMTP_URL)),
 *   tasks: [{ name: 'reminders', everyMs: 15 * 60_000, run: (now) => runReminderJob({ db, now, baseUrl }) }],
 * });
 * // … on shutdown: await jobs.stop();
 */
export function startJobLoop(options: JobLoopOptions): JobLoop {
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 15_000;
  const batchSize = options.batchSize ?? 5;
  const lastRun = new Map<string, number>();
  const report = options.onError ?? (() => undefined);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function runTasks(allTasks: boolean): Promise<string[]> {
    const ran: string[] = [];
    for (const task of options.tasks ?? []) {
      const at = now();
      const previous = lastRun.get(task.name);
      const due = previous === undefined || at.getTime() - previous >= task.everyMs;
      if (!due && !allTasks) continue;
      lastRun.set(task.name, at.getTime());
      try {
        await task.run(at);
        ran.push(task.name);
      } catch (error) {
        report(task.name, error);
      }
    }
    return ran;
  }

  async function drainOutbox(): Promise<OutboxBatchResult & { full: boolean }> {
    const total = { claimed: 0, sent: 0, failed: 0, full: false };
    const transport = options.transport;
    // Without a transport nothing is claimed: the mail stays queued until a server that can
    // send picks it up.
    if (!transport) return total;
    for (let i = 0; i < MAX_BATCHES_PER_ROUND && !stopped; i += 1) {
      const batch = await sendOutboxBatch({
        db: options.db,
        transport,
        now,
        batchSize,
        ...(options.from ? { from: options.from } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
      });
      total.claimed += batch.claimed;
      total.sent += batch.sent;
      total.failed += batch.failed;
      total.full = batch.claimed === batchSize;
      // Stop when the outbox is empty, or when everything claimed failed (the server is down:
      // back-off decides when to try again, not this loop).
      if (!total.full || batch.sent === 0) break;
    }
    return total;
  }

  async function round(allTasks = false): Promise<JobRound> {
    const tasks = await runTasks(allTasks);
    let outbox: OutboxBatchResult = { claimed: 0, sent: 0, failed: 0 };
    let again = false;
    try {
      const drained = await drainOutbox();
      outbox = { claimed: drained.claimed, sent: drained.sent, failed: drained.failed };
      again = drained.full && drained.sent > 0;
    } catch (error) {
      report('outbox', error);
    }
    schedule(again ? 0 : pollMs);
    return { tasks, outbox };
  }

  function enqueueRound(allTasks = false): Promise<JobRound> {
    const next = running.then(
      () => round(allTasks),
      () => round(allTasks),
    );
    running = next.catch(() => undefined);
    return next;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void enqueueRound(), delay);
    timer.unref();
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    runOnce: (runOptions) => enqueueRound(runOptions?.allTasks ?? false),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
