import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMailTransport,
  runFollowUpJob,
  runReminderJob,
  withListUnsubscribe,
} from '@jamsessie/api';
import {
  createDatabase,
  migrateToLatest,
  pruneExpiredRows,
  seedIfEmpty,
  type DatabaseHandle,
} from '@jamsessie/db';
import type { Env } from './env.js';
import { ensureFirstAdmin } from './admin-account.js';
import { isLoopbackHost } from './http/request-info.js';
import { createRequestHandler } from './http/router.js';
import { startJobLoop, type JobLoop } from './jobs/job-loop.js';
import type { StaticRoots } from './http/static-files.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createServerMetrics } from './observability/metrics.js';
import { observeRequests } from './observability/request-observer.js';

/** How often the outbox is polled when nobody wakes the loop. */
const OUTBOX_INTERVAL_MS = 15_000;

/** How often the reminder job looks for sessions that are due (it queues each mail once). */
const REMINDERS_EVERY_MS = 15 * 60_000;

/** How often expired rate-limit buckets and sign-in sessions are pruned. */
const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

/** Requests in flight at shutdown get this long to finish; then their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export type { Logger } from './observability/logger.js';

/** A started server: its address and a `stop()` that releases everything. */
export type RunningApp = {
  readonly server: Server;
  /** The address it listens on, e.g. 'http://127.0.0.1:3000' (useful with PORT=0). */
  readonly url: string;
  /** The open database (tests and scripts in the same process). */
  readonly db: DatabaseHandle['db'];
  /**
   * The background jobs: the reminder job (reminders and cancellations) always, and with
   * SMTP_URL also sending the outbox with retry and back-off. Without SMTP_URL the mail is
   * still queued, visible to coordinators, and waits in the outbox.
   */
  readonly jobs: JobLoop;
  /** Whether this process sends mail (SMTP_URL is set). */
  readonly sendsMail: boolean;
  /** Stops accepting requests, finishes open ones, stops the mail worker, closes the database. */
  stop(): Promise<void>;
};

/** Options of {@link startApp}; everything but `env` has a sensible default. */
export type StartAppOptions = {
  readonly env: Env;
  /** Where lines go; default the JSON/pretty logger of LOG_LEVEL and LOG_FORMAT. */
  readonly logger?: Logger;
  readonly staticRoots?: StaticRoots;
  /** Interface to listen on; default the environment's HOST. */
  readonly host?: string;
};

/**
 * Thrown when the port can't be had (taken by another program, or not allowed). Its message
 * is one line for the operator, in Dutch and English; `main.ts` prints it without a stack.
 */
export class ListenError extends Error {
  override readonly name = 'ListenError';
}

function listenErrorOf(error: Error, port: number, host: string): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    return new ListenError(
      `Poort ${port} op ${host} is al in gebruik: stop het andere programma of kies een andere PORT (port ${port} is already in use).`,
    );
  }
  if (code === 'EACCES') {
    return new ListenError(
      `Poort ${port} op ${host} mag dit proces niet gebruiken: kies een PORT boven 1023 (permission denied for port ${port}).`,
    );
  }
  if (code === 'EADDRNOTAVAIL') {
    return new ListenError(
      `Het adres ${host} hoort niet bij deze machine: kies een andere HOST (address ${host} is not available).`,
    );
  }
  return error;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    const refuse = (error: Error) => fail(listenErrorOf(error, port, host));
    server.once('error', refuse);
    server.listen(port, host, () => {
      server.off('error', refuse);
      done();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      done();
    });
    server.closeIdleConnections();
  });
}

/**
 * Starts the whole system in this process: opens the database (PGlite in DATA_DIR, or the
 * PostgreSQL server of DATABASE_URL), migrates it, loads the demo data when it is empty,
 * makes sure a first admin exists, starts the HTTP server and the background jobs (reminders
 * and cancellations always; sending the outbox with SMTP_URL). On a filled data folder this is only "open, check migrations, listen".
 *
 * @example
 * const app = await startApp({ env: readEnv() });
 * process.once('SIGTERM', () => void app.stop());
 */
export async function startApp(options: StartAppOptions): Promise<RunningApp> {
  const { env } = options;
  const logger =
    options.logger ?? createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT ?? 'json' });
  const handle: DatabaseHandle = await createDatabase(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR },
  );
  let worker: JobLoop | undefined;
  let transport: ReturnType<typeof createMailTransport> | undefined;
  try {
    await migrateToLatest(handle.db);
    await seedIfEmpty(handle.db, { now: new Date() });
    await ensureFirstAdmin(handle.db, env, logger);
    transport = env.SMTP_URL ? createMailTransport(env.SMTP_URL) : undefined;
    const db = handle.db;
    const metrics = env.METRICS
      ? createServerMetrics({ db, ...(handle.poolUse ? { poolUse: handle.poolUse } : {}) })
      : undefined;
    /** Counts each run of a job for the metrics (a failure still throws, for the loop). */
    const counted =
      (job: string, run: (now: Date) => Promise<unknown>) =>
      async (now: Date): Promise<unknown> => {
        try {
          const result = await run(now);
          metrics?.countJobRun(job, 'ok');
          return result;
        } catch (error) {
          metrics?.countJobRun(job, 'failed');
          throw error;
        }
      };
    const jobs = startJobLoop({
      db,
      // Subscription mail gets the one-click List-Unsubscribe headers on the way out.
      transport: transport ? withListUnsubscribe(transport) : null,
      ...(env.MAIL_FROM ? { from: env.MAIL_FROM } : {}),
      pollMs: OUTBOX_INTERVAL_MS,
      tasks: [
        {
          name: 'reminders',
          everyMs: REMINDERS_EVERY_MS,
          run: counted('reminders', (now) => runReminderJob({ db, now, baseUrl: env.baseUrl })),
        },
        {
          name: 'follow-up',
          everyMs: REMINDERS_EVERY_MS,
          run: counted('follow-up', (now) => runFollowUpJob({ db, now, baseUrl: env.baseUrl })),
        },
        {
          name: 'housekeeping',
          everyMs: HOUSEKEEPING_EVERY_MS,
          run: counted('housekeeping', (now) => pruneExpiredRows(db, now.toISOString())),
        },
      ],
      onError: (job, error) => logger.error(`[${job}] failed:`, error),
    });
    worker = jobs;
    if (!transport) {
      logger.info('SMTP_URL is not set: mail is queued in the outbox but not sent.');
    }
    const server = createServer(
      { requestTimeout: 30_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 },
      observeRequests(
        createRequestHandler({
          db: handle.db,
          ...(handle.localWrites ? { localWrites: handle.localWrites } : {}),
          baseUrl: env.baseUrl,
          trustProxy: env.TRUST_PROXY,
          errorDetails: env.NODE_ENV === 'development',
          // Waking the loop after a procedure queued mail only helps when it can send.
          ...(transport ? { mailer: jobs } : {}),
          ...(options.staticRoots ? { staticRoots: options.staticRoots } : {}),
          logError: (line, error) => logger.error(line, error),
        }),
        { logger, ...(metrics ? { metrics } : {}) },
      ),
    );
    const listenHost = options.host ?? env.HOST;
    if (env.TRUST_PROXY && !isLoopbackHost(listenHost)) {
      logger.error(
        `Let op: TRUST_PROXY=true maar de server luistert op ${listenHost}; wie hem direct bereikt, kiest zelf zijn X-Forwarded-For. Zet HOST=127.0.0.1 achter een proxy (warning: TRUST_PROXY=true while listening beyond loopback).`,
      );
    }
    await listen(server, env.PORT, listenHost);
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let stopping: Promise<void> | undefined;
    return {
      server,
      db: handle.db,
      jobs,
      sendsMail: transport !== undefined,
      url: `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
      stop: () =>
        (stopping ??= (async () => {
          await closeServer(server);
          await worker?.stop();
          transport?.close();
          await handle.close();
        })()),
    };
  } catch (error) {
    await worker?.stop();
    transport?.close();
    await handle.close();
    throw error;
  }
}
