import { connect } from 'node:net';
import type { Db } from '@jamsessie/api';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  seedIfEmpty,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../testing/seeded-server.js';
import { fakeStaticRoots, startTestServer, type TestServer } from '../testing/test-server.js';

const BUDGET = { limit: 30, windowMs: 60_000 };

async function rateLimitRows(db: Db): Promise<number> {
  const row = await db
    .selectFrom('rate_limit')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A GET naming `agenda.list` `calls` times in one batch, as the client `client`. */
function readBatch(base: string, calls: number, client: string): Promise<Response> {
  const names = Array.from({ length: calls }, () => 'agenda.list').join(',');
  const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, {}]));
  const query = `batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(`${base}/trpc/${names}?${query}`, { headers: { 'X-Forwarded-For': client } });
}

describe.each(databaseKindsUnderTest())('request limits of the API on %s', (kind) => {
  let handle: DatabaseHandle;
  let server: TestServer;
  let roots: ReturnType<typeof fakeStaticRoots>;
  let now = TEST_NOW;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    roots = fakeStaticRoots();
    server = await startTestServer({
      db: handle.db,
      now: () => now,
      staticRoots: roots,
      trustProxy: true,
      readBudget: [BUDGET],
    });
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    roots?.remove();
  });

  it('refuses a batch of more than ten calls with a Dutch 413 before any of it runs', async () => {
    const before = await rateLimitRows(handle.db);
    // As the security review sent it: no input, so the URL stays within Node's header limit.
    const names = Array.from({ length: 1000 }, () => 'agenda.list').join(',');
    const flood = await fetch(`${server.baseUrl}/trpc/${names}?batch=1`);
    expect(flood.status).toBe(413);
    const body = (await flood.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.message).toContain('hoogstens 10 vragen');
    expect(body.error.data.code).toBe('PAYLOAD_TOO_LARGE');
    // Eleven sign-ins in one batch: had any run, it would have counted a sign-in attempt.
    const logins = Array.from({ length: 11 }, () => 'auth.login').join(',');
    const body11 = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [i, { email: 'a@b.nl', password: 'x'.repeat(12) }]),
    );
    const refused = await fetch(`${server.baseUrl}/trpc/${logins}?batch=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.baseUrl },
      body: JSON.stringify(body11),
    });
    expect(refused.status).toBe(413);
    expect(await rateLimitRows(handle.db)).toBe(before);
    const ten = await readBatch(server.baseUrl, 10, '198.51.100.1');
    expect(ten.status).toBe(200);
    expect(((await ten.json()) as unknown[]).length).toBe(10);
  });

  it('gives each client a read budget: a hammering client gets 429 and others do not', async () => {
    const hammer = '203.0.113.50';
    for (let i = 0; i < 3; i += 1) {
      expect((await readBatch(server.baseUrl, 10, hammer)).status).toBe(200);
    }
    const refused = await readBatch(server.baseUrl, 1, hammer);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(66);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^Te veel verzoeken vanaf dit adres\. Probeer het over \d+/);
    expect((await readBatch(server.baseUrl, 1, '203.0.113.51')).status).toBe(200);
    now = new Date(now.getTime() + retryAfter * 1000);
    expect((await readBatch(server.baseUrl, 1, hammer)).status).toBe(200);
  });

  it('spends no budget for a caller on this machine without a trusted proxy', async () => {
    const local = await startTestServer({
      db: handle.db,
      now: () => now,
      staticRoots: roots,
      readBudget: [{ limit: 1, windowMs: 60_000 }],
    });
    try {
      for (let i = 0; i < 3; i += 1) {
        expect((await readBatch(local.baseUrl, 10, 'ignored-without-trust')).status).toBe(200);
      }
    } finally {
      await local.close();
    }
  });

  it('keys IPv6 clients by their /64, so fresh addresses do not give fresh budgets', async () => {
    for (let i = 1; i <= 3; i += 1) {
      expect((await readBatch(server.baseUrl, 10, `2001:db8:7:7::${i}`)).status).toBe(200);
    }
    expect((await readBatch(server.baseUrl, 1, '2001:db8:7:7:ffff::9')).status).toBe(429);
    expect((await readBatch(server.baseUrl, 1, '2001:db8:7:8::1')).status).toBe(200);
  });

  it('holds every request to the 1 MB body limit, also where nothing reads the body', async () => {
    const big = 'x'.repeat(2_000_000);
    const logout = await fetch(`${server.baseUrl}/trpc/auth.logout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.baseUrl },
      body: big,
    });
    expect(logout.status).toBe(413);
    const body = (await logout.json()) as { error: { message: string } };
    expect(body.error.message).toBe('Dit verzoek is te groot (hoogstens 1 MB).');
    const health = await fetch(`${server.baseUrl}/healthz`, { method: 'POST', body: big });
    expect(health.status).toBe(413);
  });

  it('cuts a connection that streams an endless body nobody reads', async () => {
    const { port } = new URL(server.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((done) => socket.once('connect', done));
    socket.on('data', () => undefined);
    let closed = false;
    socket.once('close', () => (closed = true));
    socket.on('error', () => undefined);
    socket.write('POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = `10000\r\n${'y'.repeat(0x10000)}\r\n`;
    let sent = 0;
    while (!closed && sent < 20_000_000) {
      const flushed = socket.write(chunk);
      sent += 0x10000;
      if (!flushed) {
        await Promise.race([
          new Promise((done) => socket.once('drain', done)),
          new Promise((done) => setTimeout(done, 2000)),
        ]);
      }
    }
    socket.destroy();
    expect(closed).toBe(true);
    expect(sent).toBeLessThan(20_000_000);
  });
});
