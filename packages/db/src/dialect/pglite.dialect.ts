import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { Mutex } from './mutex.js';

/**
 * A Kysely dialect for an embedded PGlite database. PGlite has one connection, so every
 * query and every whole transaction holds a mutex: a query of one caller can never slip into
 * another caller's transaction. Inside `db.transaction()` use the `trx` handed to you; calling
 * the outer `db` there waits for the transaction to end, i.e. forever.
 *
 * @example
 * const db = new Kysely<Database>({ dialect: new PGliteDialect(await PGlite.create()) });
 */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;
  readonly #writes = { count: 0 };

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  /**
   * How many statements that may have written this database have run through it: all but
   * plain `select`s. PGlite is embedded in one process, so every change passes here: while
   * this number stands still, nothing has changed (what the server's memory relies on).
   */
  get writes(): number {
    return this.#writes.count;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite, this.#writes);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #mutex = new Mutex();
  readonly #connection: PGliteConnection;
  #release: (() => void) | undefined;

  constructor(pglite: PGlite, writes: { count: number }) {
    this.#pglite = pglite;
    this.#connection = new PGliteConnection(pglite, writes);
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#mutex.lock();
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    let statement = 'begin';
    if (settings.isolationLevel) statement += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) statement += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(statement));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
    return Promise.resolve();
  }
  async destroy(): Promise<void> {
    // Wait for the current holder so an in-flight transaction is not cut off.
    const release = await this.#mutex.lock();
    try {
      if (!this.#pglite.closed) await this.#pglite.close();
    } finally {
      release();
    }
  }
}

const COUNTED_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/** A statement that only reads: a plain `select` (a `with` may hide an insert, so it counts). */
const PLAIN_SELECT = /^\s*select\b/i;

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  readonly #writes: { count: number };

  constructor(pglite: PGlite, writes: { count: number }) {
    this.#pglite = pglite;
    this.#writes = writes;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    // Counted before it runs, so a reader that saw the old count read before the change.
    if (!PLAIN_SELECT.test(compiledQuery.sql)) this.#writes.count += 1;
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    const counted = result.command !== undefined && COUNTED_COMMANDS.has(result.command);
    const affected = result.affectedRows ?? result.rowCount;
    return {
      rows: result.rows,
      ...(counted && affected !== undefined ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // PGlite holds results in memory anyway: "streaming" yields the full result in chunks.
  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}
