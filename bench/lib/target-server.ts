/**
 * Child process of the load benchmark: one database (in-memory PGlite, or the PostgreSQL
 * database in BENCH_DATABASE_URL) with the demo data and a ten-year series, served twice on
 * loopback: by the real request handler of apps/server and by the bare baselines (the same SQL;
 * the same bytes from memory). On PGlite
 * both use the SAME instance. Sends `{ appUrl, bareUrl, tenYearSessions }` over IPC, then
 * serves until SIGTERM. Kept out of the bench process so that autocannon (the load) and the
 * servers each have a core.
 */
import { createServer, type Server } from 'node:http';
import { createDatabase, migrateToLatest, seedDemoData, type Database } from '@jamsessie/db';
import { createRequestHandler } from '@jamsessie/server';
import type { Kysely } from 'kysely';
import pg from 'pg';
import {
  HTTP_SERVER_OPTIONS,
  createBareAgendaServer,
  createMemoryBareServer,
  listenOnLoopback,
  type RunSql,
} from './bare-server.js';
import { agendaStatements } from './captured-sql.js';
import { addTenYearSeries } from './data-generator.js';
import { benchTypeParsers, openBenchPGlite } from './databases.js';

/** What the child reports once it listens. */
export type TargetReady = {
  appUrl: string;
  bareUrl: string;
  /** The same app with its memory of public reads (`appUrl` runs the SQL on every call). */
  cachedAppUrl: string;
  /** A bare `node:http` server sending the app's `agenda.list` bytes from memory. */
  memoryBareUrl: string;
  tenYearSessions: number;
};

type Opened = {
  db: Kysely<Database>;
  runSql: RunSql;
  localWrites?: () => number;
  close(): Promise<void>;
};

async function open(): Promise<Opened> {
  const url = process.env['BENCH_DATABASE_URL'];
  if (!url) {
    const lite = await openBenchPGlite();
    return {
      db: lite.db,
      localWrites: lite.localWrites,
      runSql: async (text, parameters) =>
        (await lite.pglite.query<Record<string, unknown>>(text, parameters)).rows,
      close: () => lite.close(),
    };
  }
  // The app gets the db package's own pool (10 connections); the baseline a bare pool of 10.
  const handle = await createDatabase({ databaseUrl: url, poolSize: 10 });
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        benchTypeParsers[oid] ??
        (pg.types.getTypeParser(oid, format) as (
          text: string,
        ) => unknown)) as typeof pg.types.getTypeParser,
    },
  });
  return {
    db: handle.db,
    runSql: async (text, parameters) =>
      (await pool.query(text, parameters)).rows as Record<string, unknown>[],
    close: async () => {
      await pool.end();
      await handle.close();
    },
  };
}

function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

const opened = await open();
const now = new Date();
await migrateToLatest(opened.db);
await seedDemoData(opened.db, { now });
const tenYearSessions = await addTenYearSeries(opened.db, now);
const statements = await agendaStatements();
const baseUrl = 'http://127.0.0.1';
const handlerOptions = {
  db: opened.db,
  ...(opened.localWrites ? { localWrites: opened.localWrites } : {}),
  baseUrl,
  logError: (line: string, error: unknown) => console.error(line, error),
};
// Like with like for agendaVsBare: the app runs the same SQL as the bare server on every call.
const app = createServer(
  HTTP_SERVER_OPTIONS,
  createRequestHandler({ ...handlerOptions, publicReads: { enabled: false } }),
);
const cachedApp = createServer(HTTP_SERVER_OPTIONS, createRequestHandler(handlerOptions));
const bare = createBareAgendaServer(statements, opened.runSql);
const cachedAppUrl = await listenOnLoopback(cachedApp);
const agendaBytes = Buffer.from(
  await (
    await fetch(`${cachedAppUrl}/trpc/agenda.list`, { headers: { 'accept-encoding': 'identity' } })
  ).arrayBuffer(),
);
const memoryBare = createMemoryBareServer(agendaBytes);
const ready: TargetReady = {
  appUrl: await listenOnLoopback(app),
  cachedAppUrl,
  bareUrl: await listenOnLoopback(bare),
  memoryBareUrl: await listenOnLoopback(memoryBare),
  tenYearSessions,
};
process.send?.(ready);

process.once('SIGTERM', () => {
  void Promise.all([close(app), close(cachedApp), close(bare), close(memoryBare)])
    .then(() => opened.close())
    .finally(() => process.exit(0));
});
