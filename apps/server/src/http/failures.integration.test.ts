import type { Db } from '@jamsessie/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** A database that fails on every use, with a secret in its error message. */
const brokenDb = new Proxy(
  {},
  {
    get: () => {
      throw new Error('connection to postgres://admin:geheim@db.internal failed');
    },
  },
) as Db;

/** A database server that is away (stopped or restarting): the driver's refused connection. */
const unreachableDb = new Proxy(
  {},
  {
    get: () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      });
    },
  },
) as Db;

describe('when things go wrong', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      db: brokenDb,
      staticRoots: { agenda: '/nonexistent/agenda/dist', admin: '/nonexistent/admin/dist' },
    });
  });
  afterAll(() => server?.close());

  it('reports 503 from /healthz when the database does not answer', async () => {
    const res = await fetch(`${server.baseUrl}/healthz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { status: string }).status).toBe('unavailable');
  });

  it('answers a short Dutch 500 without stack trace or secrets, and logs the error', async () => {
    const res = await fetch(`${server.baseUrl}/agenda.ics`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toBe('Er ging iets mis op de server. Probeer het later opnieuw.\n');
    expect(server.loggedErrors.length).toBeGreaterThan(0);
  });

  it('gives the API a Dutch 500 without stack trace unless error details are switched on', async () => {
    const errorOf = async (base: string) => {
      const res = await fetch(`${base}/trpc/catalogue.themes`);
      expect(res.status).toBe(500);
      return ((await res.json()) as { error: { data: { stack?: string } } }).error;
    };
    expect((await errorOf(server.baseUrl)).data).not.toHaveProperty('stack');
    const developer = await startTestServer({ db: brokenDb, errorDetails: true });
    try {
      expect((await errorOf(developer.baseUrl)).data.stack).toContain('postgres://');
    } finally {
      await developer.close();
    }
  });

  it('says in Dutch that the apps must be built when dist is missing', async () => {
    for (const path of ['/', '/beheer/']) {
      const res = await fetch(`${server.baseUrl}${path}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html).toContain('nog niet gebouwd');
      expect(html).toContain('npm start');
    }
  });

  it('refuses methods a resource does not support', async () => {
    const res = await fetch(`${server.baseUrl}/agenda.ics`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('when the database server is away', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ db: unreachableDb });
  });
  afterAll(() => server?.close());

  it('answers the feeds with a Dutch 503 and a time to retry, not a 500', async () => {
    for (const path of ['/agenda.ics', '/verslagen.rss']) {
      const res = await fetch(`${server.baseUrl}${path}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.text()).toBe(
        'De server is even niet bereikbaar. Probeer het later opnieuw.\n',
      );
    }
  });
});
