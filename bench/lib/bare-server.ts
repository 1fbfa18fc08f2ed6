import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sessionFromRow, type SessionWithLinks } from '@jamsessie/db';
import { toPublicSession } from '@jamsessie/domain';
import type { AgendaStatements } from './captured-sql.js';

/** Runs one SQL statement with parameters and returns its rows (pg or PGlite). */
export type RunSql = (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>;

type AgendaRow = SessionWithLinks & {
  series_slug: string | null;
  series_title: string | null;
  series_link: string | null;
};

/** The same options the real server is created with, so both answer on equal terms. */
export const HTTP_SERVER_OPTIONS = {
  requestTimeout: 30_000,
  headersTimeout: 20_000,
  keepAliveTimeout: 5_000,
};

/** Listens on a random loopback port and resolves with the base URL. */
export function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done(`http://127.0.0.1:${port}`);
    });
  });
}

/**
 * The baseline: `node:http` plus a bare database client, running the two statements of
 * `agenda.list` (compiled from the db package) in parallel, as the procedure does, and writing
 * the same JSON as tRPC (`{"result":{"data":{items,total,page,pageSize,pageCount}}}`). The row
 * mapping is the domain's own public projection, so the bytes match; everything else (router,
 * tRPC, zod input parsing, Kysely, security headers) is what the real server adds.
 *
 * @example const server = createBareAgendaServer(statements, (sql, p) => pool.query(sql, p).then((r) => r.rows));
 */
export function createBareAgendaServer(statements: AgendaStatements, runSql: RunSql): Server {
  const { pageSize } = statements;
  return createServer(HTTP_SERVER_OPTIONS, (req, res) => {
    const now = new Date();
    Promise.all([
      runSql(statements.list.sql, statements.parametersAt(statements.list, now)),
      runSql(statements.count.sql, statements.parametersAt(statements.count, now)),
    ])
      .then(([rows, countRows]) => {
        const items = (rows as AgendaRow[]).map((row) => ({
          ...toPublicSession(sessionFromRow(row), { seriesLink: row.series_link }),
          seriesSlug: row.series_slug,
          seriesTitle: row.series_title,
        }));
        const total = Number(countRows[0]?.['n'] ?? 0);
        const data = {
          items,
          total,
          page: 1,
          pageSize,
          pageCount: Math.max(1, Math.ceil(total / pageSize)),
        };
        const body = JSON.stringify({ result: { data } });
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      })
      .catch((error: unknown) => {
        console.error(`[bare] ${req.url ?? '?'} failed:`, error);
        res.writeHead(500).end();
      });
  });
}

/**
 * The limit: `node:http` sending the app's `agenda.list` answer from memory, with nothing
 * else done per request (no database, no routing, no headers beyond type and length). What
 * the app adds to a request served from its memory (routing, security headers, the data
 * version read, the ETag) is the distance to it.
 *
 * @example const server = createMemoryBareServer(Buffer.from(await (await fetch(url)).arrayBuffer()));
 */
export function createMemoryBareServer(body: Buffer): Server {
  return createServer(HTTP_SERVER_OPTIONS, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
}
