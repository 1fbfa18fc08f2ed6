import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  enqueueEmail,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../http/router.js';
import { createLogger } from './logger.js';
import { createServerMetrics } from './metrics.js';
import { observeRequests } from './request-observer.js';

type JsonLine = Record<string, unknown> & { msg?: string; requestId?: string };

describe.each(databaseKindsUnderTest())('request ids, logs and /metrics on %s', (kind) => {
  let handle: DatabaseHandle;
  const servers: Server[] = [];
  const lines: JsonLine[] = [];
  const sink = { write: (line: string) => lines.push(JSON.parse(line) as JsonLine) };
  const logger = createLogger({ level: 'info', format: 'json', out: sink, err: sink });

  /** The real request handler, observed; with or without metrics. */
  async function serve(withMetrics: boolean): Promise<string> {
    const handler = createRequestHandler({
      db: handle.db,
      baseUrl: 'http://127.0.0.1',
      // A failure inside a request, with a person's address and a meeting link in its message.
      logError: (line, error) => logger.error(line, error),
    });
    const metrics = withMetrics
      ? createServerMetrics({
          db: handle.db,
          ...(handle.poolUse ? { poolUse: handle.poolUse } : {}),
        })
      : undefined;
    const server = createServer(
      observeRequests(
        (req, res) => {
          if (req.url === '/kapot') {
            logger.error(
              'kapot',
              new Error('faalde voor iemand@voorbeeld.nl op https://meet.example/geheim-123'),
            );
            res.writeHead(500).end();
            return;
          }
          handler(req, res);
        },
        { logger, ...(metrics ? { metrics } : {}) },
      ),
    );
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) server.close();
    await handle.close();
  });

  it('gives every request an id, on its log lines and in X-Request-Id, without personal data', async () => {
    const base = await serve(false);
    const health = await fetch(`${base}/healthz?email=iemand@voorbeeld.nl`);
    const id = health.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const failed = await fetch(`${base}/kapot`);
    const failedId = failed.headers.get('x-request-id');
    await new Promise((done) => setTimeout(done, 50));
    expect(lines).toContainEqual(
      expect.objectContaining({ requestId: id, route: '/healthz', status: 200, method: 'GET' }),
    );
    const error = lines.find((line) => line.msg === 'kapot');
    expect(error?.requestId).toBe(failedId);
    const everything = JSON.stringify(lines);
    expect(everything).toContain('[e-mail]');
    expect(everything).not.toMatch(/voorbeeld\.nl|meet\.example|geheim/);
  });

  it('answers /metrics only when metrics are on', async () => {
    const off = await serve(false);
    expect((await fetch(`${off}/metrics`)).status).toBe(404);

    const on = await serve(true);
    await fetch(`${on}/healthz`);
    await fetch(`${on}/trpc/agenda.list`);
    await fetch(`${on}/trpc/bestaat.niet`);
    await enqueueEmail(handle.db, {
      to: 'lid@voorbeeld.nl',
      subject: 'Herinnering',
      text: 'Tot dinsdag',
      idempotencyKey: `metrics-${kind}`,
    });
    const metrics = await fetch(`${on}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(
      /jamsessie_http_request_duration_seconds_count\{route="\/healthz",status="200",procedure=""\} 1/,
    );
    expect(text).toMatch(/procedure="agenda\.list"/);
    expect(text).toMatch(/procedure="unknown"/);
    expect(text).not.toContain('bestaat.niet');
    expect(text).toContain('jamsessie_outbox_messages{status="queued"} 1');
    expect(text).toContain('jamsessie_cache_lookups{result="hit"}');
    expect(text).toContain('process_cpu_seconds_total');
    if (kind === 'postgres') expect(text).toContain('jamsessie_db_pool_connections{state="total"}');
  });
});
