import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './dialect/pglite.dialect.js';
import { typeParsers } from './dialect/type-parsers.js';
import type { Database } from './schema.js';

/** Which engine a handle talks to: embedded PGlite or a PostgreSQL server through `pg`. */
export type DatabaseKind = 'pglite' | 'postgres';

/** Where the data lives. `databaseUrl` wins; otherwise PGlite in `dataDir` (or in memory). */
export type DatabaseOptions = {
  /** `postgres://...`: use a PostgreSQL server through a `pg` pool. */
  readonly databaseUrl?: string;
  /** PGlite's data folder (created if missing). Default `./.data`. */
  readonly dataDir?: string;
  /** PGlite without a folder: data is gone on `close()`. For tests and demos. */
  readonly memory?: boolean;
  /** Size of the `pg` pool (PostgreSQL only). Default 10. */
  readonly poolSize?: number;
};

/** An open database: the Kysely instance, its kind, and `close()` (call it, or Node won't exit). */
export type DatabaseHandle = {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
  /**
   * The connection pool's use right now (PostgreSQL only; PGlite has one connection):
   * connections open, of which idle, and requests waiting for one. For the metrics.
   */
  readonly poolUse?: () => { total: number; idle: number; waiting: number };
  /**
   * How many statements that may write have run through this handle (PGlite only, see
   * `PGliteDialect.writes`). An embedded database has no other writer, so while the number
   * stands still its data have not changed: a cache may skip asking for the data version.
   */
  readonly localWrites?: () => number;
};

/** The default PGlite data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './.data';

/**
 * Opens the database: PostgreSQL when `databaseUrl` is given, otherwise embedded PGlite.
 * Both sessions run in UTC and return the same shapes (instants as ISO strings, dates as
 * 'YYYY-MM-DD', counts as numbers; see `dialect/type-parsers.ts`). Does not migrate.
 *
 * @example
 * const { db, close } = await createDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
 * await migrateToLatest(db);
 */
export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite(options.memory ? undefined : (options.dataDir ?? DEFAULT_DATA_DIR));
}

async function openPGlite(dataDir: string | undefined): Promise<DatabaseHandle> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: typeParsers,
  });
  await pglite.exec(`set time zone 'UTC'`);
  const dialect = new PGliteDialect(pglite);
  const db = new Kysely<Database>({ dialect });
  return { db, kind: 'pglite', close: () => db.destroy(), localWrites: () => dialect.writes };
}

/** How long a request waits for a connection before it fails (instead of hanging). */
const CONNECT_TIMEOUT_MS = 10_000;

function warnConnectionLost(error: Error): void {
  process.emitWarning(`PostgreSQL-verbinding verbroken (connection lost): ${error.message}`);
}

function openPostgres(connectionString: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max,
    // A server that does not answer must not hang every request behind it.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        typeParsers[oid] ??
        (pg.types.getTypeParser(oid, format) as (
          text: string,
        ) => unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // A client can lose its server (restart: 57P01, network: ECONNRESET) while idle in the pool
  // or while checked out between two queries of a transaction. `pg` then emits 'error' on the
  // client, and on the pool for idle ones: without listeners Node would crash the process.
  // The pool drops such a client (on release, for a checked-out one) and the next request
  // connects anew, so the server recovers by itself once the database is back; the query
  // that was running fails, and the API answers it with a 503 (see `isDatabaseUnavailable`).
  pool.on('error', warnConnectionLost);
  pool.on('connect', (client) => {
    // Idle clients are reported once, by the pool listener above; this one only keeps a
    // checked-out client's error from being unhandled. Its query fails on its own.
    client.on('error', () => undefined);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    close: () => db.destroy(),
    poolUse: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
  };
}
