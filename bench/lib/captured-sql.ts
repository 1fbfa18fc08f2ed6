import { countAgenda, listAgenda, searchReports, type AgendaQuery } from '@jamsessie/db';
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Database } from '@jamsessie/db';

/** A statement exactly as the db package sends it: SQL text and its parameters. */
export type Statement = { readonly sql: string; readonly parameters: readonly unknown[] };

/**
 * A Kysely driver that answers nothing and records every compiled query. Calling a
 * repository function on it yields the SQL that function would send, without a database.
 */
class CapturingDriver implements Driver {
  readonly seen: CompiledQuery[] = [];
  readonly #connection: DatabaseConnection = {
    executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
      this.seen.push(query);
      // Count queries want one row; list queries are happy with none.
      const rows = /count\(\*\)/i.test(query.sql) ? [{ n: 0 }] : [];
      return Promise.resolve({ rows: rows as R[] });
    },
    streamQuery: () => {
      throw new Error('the capturing driver does not stream');
    },
  };
  init = () => Promise.resolve();
  acquireConnection = () => Promise.resolve(this.#connection);
  beginTransaction = () => Promise.resolve();
  commitTransaction = () => Promise.resolve();
  rollbackTransaction = () => Promise.resolve();
  releaseConnection = () => Promise.resolve();
  destroy = () => Promise.resolve();
}

async function capture(run: (db: Kysely<Database>) => Promise<unknown>): Promise<Statement[]> {
  const driver = new CapturingDriver();
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  await run(db);
  await db.destroy();
  return driver.seen.map((query) => ({ sql: query.sql, parameters: query.parameters }));
}

/** A marker for "now": replaced by the request's own clock reading. */
const NOW_MARKER = '1999-09-09T09:09:09.999Z';

/** The two statements of the public `agenda.list` (its default input) and where "now" goes. */
export type AgendaStatements = {
  readonly list: Statement;
  readonly count: Statement;
  readonly pageSize: number;
  /** Parameters with the clock filled in, as the procedure does per request. */
  parametersAt(statement: Statement, now: Date): unknown[];
};

/**
 * The SQL of `agenda.list` with its default input (upcoming, page 1 of 20), compiled by the
 * db package's own `listAgenda`/`countAgenda` (the same calls the procedure makes), so the
 * bare baseline runs the very same statements as the tRPC server.
 */
export async function agendaStatements(pageSize = 20): Promise<AgendaStatements> {
  const query: AgendaQuery = { now: NOW_MARKER, direction: 'upcoming' };
  const [list, count] = await capture(async (db) => {
    await listAgenda(db, query, { limit: pageSize, offset: 0 });
    await countAgenda(db, query);
  });
  if (!list || !count) throw new Error('agenda.list did not compile to two statements');
  return {
    list,
    count,
    pageSize,
    parametersAt: (statement, now) =>
      statement.parameters.map((value) => (value === NOW_MARKER ? now.toISOString() : value)),
  };
}

/** The two statements of the public report search (hits and total) for a query. */
export async function searchStatements(
  text: string,
  limit = 10,
): Promise<{ hits: Statement; count: Statement }> {
  const [hits, count] = await capture((db) => searchReports(db, { query: text, limit }));
  if (!hits || !count) throw new Error('searchReports did not compile to two statements');
  return { hits, count };
}

/** The agenda statements for a fixed instant (for EXPLAIN). */
export function agendaAt(statements: AgendaStatements, now: Date): Statement[] {
  return [statements.list, statements.count].map((statement) => ({
    sql: statement.sql,
    parameters: statements.parametersAt(statement, now),
  }));
}
