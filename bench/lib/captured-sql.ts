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

/** Two readings of "now" to compile with: what differs between them depends on the clock. */
const NOW_MARKERS = ['1999-09-09T09:09:09.999Z', '2001-01-01T01:01:01.001Z'] as const;

/** The two statements of the public `agenda.list` (its default input) and where "now" goes. */
export type AgendaStatements = {
  readonly list: Statement;
  readonly count: Statement;
  readonly pageSize: number;
  /** Parameters with the clock filled in, as the procedure does per request. */
  parametersAt(statement: Statement, now: Date): unknown[];
};

/**
 * For each parameter of a statement compiled at two clock readings: `null` when it does not
 * depend on the clock, else its offset from "now" in ms (0 for `now` itself, minus a day for
 * "sessions that began at most a day ago", and whatever a later rule adds).
 */
function clockOffsets(first: Statement, second: Statement): (number | null)[] {
  if (first.sql !== second.sql || first.parameters.length !== second.parameters.length)
    throw new Error('agenda.list compiled to different SQL at two clock readings');
  return first.parameters.map((value, index) => {
    if (value === second.parameters[index]) return null;
    const offset = Date.parse(String(value)) - Date.parse(NOW_MARKERS[0]);
    const again = Date.parse(String(second.parameters[index])) - Date.parse(NOW_MARKERS[1]);
    if (!Number.isFinite(offset) || offset !== again)
      throw new Error(`parameter ${index + 1} of agenda.list is not a fixed offset from now`);
    return offset;
  });
}

/**
 * The SQL of `agenda.list` with its default input (upcoming, page 1 of 20), compiled by the
 * db package's own `listAgenda`/`countAgenda` (the same calls the procedure makes), so the
 * bare baseline runs the very same statements as the tRPC server, with every clock-derived
 * parameter filled in per request as the procedure does.
 */
export async function agendaStatements(pageSize = 20): Promise<AgendaStatements> {
  const compiled = await Promise.all(
    NOW_MARKERS.map((now) =>
      capture(async (db) => {
        const query: AgendaQuery = { now, direction: 'upcoming' };
        await listAgenda(db, query, { limit: pageSize, offset: 0 });
        await countAgenda(db, query);
      }),
    ),
  );
  const [[list, count] = [], [list2, count2] = []] = compiled;
  if (!list || !count || !list2 || !count2)
    throw new Error('agenda.list did not compile to two statements');
  const offsets = new Map([
    [list, clockOffsets(list, list2)],
    [count, clockOffsets(count, count2)],
  ]);
  return {
    list,
    count,
    pageSize,
    parametersAt: (statement, now) => {
      const offsetOf = offsets.get(statement) ?? [];
      return statement.parameters.map((value, index) => {
        const offset = offsetOf[index];
        return offset === null || offset === undefined
          ? value
          : new Date(now.getTime() + offset).toISOString();
      });
    },
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
