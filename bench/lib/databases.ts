import { PGlite } from '@electric-sql/pglite';
import {
  PGliteDialect,
  assertTestDatabaseName,
  parseTimestamptz,
  type Database,
} from '@jamsessie/db';
import { Kysely } from 'kysely';
import pg from 'pg';

/** The PostgreSQL server the bench creates its own databases on (trust auth, loopback). */
export const POSTGRES_SERVER_URL =
  process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * The result shapes the db package promises on both engines (ISO instants, 'YYYY-MM-DD'
 * dates, counts as numbers), keyed by type oid. The db package keeps its own table private;
 * the bare baselines need the same one so that they return byte-for-byte the same JSON.
 */
export const benchTypeParsers: Readonly<Record<number, (text: string) => unknown>> = {
  20: Number,
  1082: (text: string) => text,
  1114: (text: string) => text,
  1184: parseTimestamptz,
};

/** A URL of a database on the bench's PostgreSQL server. */
export function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl('postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** True when the PostgreSQL server answers; the PostgreSQL half of the bench is skipped if not. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await onServer('select 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates an empty database of the bench's own (dropping a leftover of an aborted run first);
 * its name must contain 'test'. Returns its URL.
 *
 * @example const url = await createPostgresDatabase('jamsessie_bench_test');
 */
export async function createPostgresDatabase(name: string): Promise<string> {
  assertTestDatabaseName(name);
  await onServer(`drop database if exists "${name}" with (force)`);
  await onServer(`create database "${name}"`);
  return postgresUrl(name);
}

/** Drops a database created by {@link createPostgresDatabase}. */
export async function dropPostgresDatabase(name: string): Promise<void> {
  assertTestDatabaseName(name);
  await onServer(`drop database if exists "${name}" with (force)`);
}

/** An in-memory PGlite instance with the db package's dialect on top, and the raw instance. */
export type BenchPGlite = {
  readonly pglite: PGlite;
  readonly db: Kysely<Database>;
  /** Statements that may have written, counted by the dialect (see `PGliteDialect.writes`). */
  readonly localWrites: () => number;
  close(): Promise<void>;
};

/**
 * Opens PGlite in memory the way the db package does (same parsers, UTC session, the
 * package's own dialect), but keeps the raw instance so a bare baseline can query the SAME
 * instance without Kysely.
 */
export async function openBenchPGlite(): Promise<BenchPGlite> {
  const pglite = await PGlite.create({ parsers: benchTypeParsers });
  await pglite.exec(`set time zone 'UTC'`);
  const dialect = new PGliteDialect(pglite);
  const db = new Kysely<Database>({ dialect });
  return { pglite, db, localWrites: () => dialect.writes, close: () => db.destroy() };
}
