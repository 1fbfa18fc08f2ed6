import { countOutboxByStatus } from '@jamsessie/db';
import type { Db } from '@jamsessie/api';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { versionedCacheLookups } from '../http/cache/versioned-cache.js';

/** What the metrics need from the running server. */
export type MetricsSources = {
  readonly db: Db;
  /** The pool's use (PostgreSQL); absent on PGlite. */
  readonly poolUse?: () => { total: number; idle: number; waiting: number };
};

/** The server's metrics: record into them, and render them for `GET /metrics`. */
export type ServerMetrics = {
  /** One answered request: its route, the procedures it named (tRPC), status and seconds. */
  observeRequest(
    route: string,
    procedures: readonly string[],
    status: number,
    seconds: number,
  ): void;
  /** One run of a background job, e.g. ('reminders', 'ok'). */
  countJobRun(job: string, outcome: 'ok' | 'failed'): void;
  /** The Prometheus text and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
};

/**
 * The Prometheus metrics of one server process (prom-client, in a registry of its own):
 * request durations per route and procedure, outbox queue length and failures, job runs,
 * cache hits, database pool use, and Node's own process metrics. The outbox and pool are
 * read when scraped, so they are right for the whole database, not just this process.
 */
export function createServerMetrics(sources: MetricsSources): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'jamsessie_http_request_duration_seconds',
    help: 'Time from request to the end of the response, per route and tRPC procedure.',
    labelNames: ['route', 'procedure', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'jamsessie_job_runs_total',
    help: 'Runs of the background jobs, per job and outcome.',
    labelNames: ['job', 'outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'jamsessie_outbox_messages',
    help: 'Messages in the outbox per status (queued is the queue, failed the failures).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await countOutboxByStatus(sources.db);
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: 'jamsessie_cache_lookups',
    help: 'Lookups in the in-memory caches of feeds and first view since start, hit or miss.',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      this.set({ result: 'hit' }, versionedCacheLookups.hits);
      this.set({ result: 'miss' }, versionedCacheLookups.misses);
    },
  });
  const { poolUse } = sources;
  if (poolUse) {
    new Gauge({
      name: 'jamsessie_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const use = poolUse();
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });
  }
  return {
    observeRequest(route, procedures, status, seconds) {
      const labels = { route, status: String(status) };
      if (procedures.length === 0) requests.observe({ ...labels, procedure: '' }, seconds);
      for (const procedure of procedures) requests.observe({ ...labels, procedure }, seconds);
    },
    countJobRun: (job, outcome) => jobs.inc({ job, outcome }),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
