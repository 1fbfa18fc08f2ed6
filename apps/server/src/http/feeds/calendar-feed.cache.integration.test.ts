import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  findSessionBySlug,
  findThemeBySlug,
  listThemes,
  seedIfEmpty,
  updateSession,
  updateTheme,
  type DatabaseHandle,
} from '@jamsessie/db';
import { cancelSession } from '@jamsessie/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../testing/seeded-server.js';
import { messages } from '../responses.js';
import type { CalendarFeed } from '@jamsessie/domain';
import { createCalendarFeedHandler } from './calendar.feed.js';

/** One server process: its own feed handler (and so its own cache) on the shared database. */
type Process = { url: string; renders: string[]; server: Server };

const DAY = 86_400_000;

async function startProcess(handle: DatabaseHandle, now: () => Date): Promise<Process> {
  const renders: string[] = [];
  const serve = createCalendarFeedHandler({
    db: handle.db,
    now,
    baseUrl: 'https://jamsessie.example',
    onRender: (route: CalendarFeed) =>
      renders.push(route.kind === 'all' ? 'all' : `${route.kind}:${route.slug}`),
  });
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://server').pathname;
    serve(req, res, pathname)
      .then((served) => {
        if (!served) res.writeHead(404).end(messages.notFound);
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, renders, server };
}

async function feed(process: Process, path = '/agenda.ics', headers: Record<string, string> = {}) {
  const res = await fetch(`${process.url}${path}`, {
    headers: { 'Accept-Encoding': 'identity', ...headers },
  });
  return { status: res.status, etag: res.headers.get('etag'), body: await res.text() };
}

describe.each(databaseKindsUnderTest())('calendar feed cache on %s', (kind) => {
  let handle: DatabaseHandle;
  let clock = TEST_NOW;
  let one: Process;
  let two: Process;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    one = await startProcess(handle, () => clock);
    two = await startProcess(handle, () => clock);
  });
  afterAll(async () => {
    for (const p of [one, two]) {
      p?.server.closeAllConnections();
      p?.server.close();
    }
    await handle?.close();
  });
  beforeEach(() => {
    clock = TEST_NOW;
  });

  it('serves an unchanged database from memory: same bytes, one render', async () => {
    const first = await feed(one);
    const before = one.renders.length;
    const again = await feed(one);
    const conditional = await feed(one, '/agenda.ics', { 'If-None-Match': first.etag ?? '' });
    expect(first.status).toBe(200);
    expect(again.body).toBe(first.body);
    expect(again.etag).toBe(first.etag);
    expect(conditional.status).toBe(304);
    expect(one.renders.length).toBe(before);
  });

  it('shows a session cancelled through the repositories at the next request of every process', async () => {
    const [oldOne, oldTwo] = [await feed(one), await feed(two)];
    expect(oldOne.body).toBe(oldTwo.body);
    expect(oldOne.body).not.toContain('STATUS:CANCELLED');
    const session = await handle.db
      .selectFrom('session')
      .select('slug')
      .where('starts_at', '=', '2025-04-07T11:00:00.000Z')
      .executeTakeFirstOrThrow();
    const current = await findSessionBySlug(handle.db, session.slug);
    if (!current) throw new Error('the April session is missing');
    const cancelled = cancelSession(current, 'Te weinig aanmeldingen', TEST_NOW.toISOString());
    if (!cancelled.ok) throw new Error(cancelled.error.message);
    const stored = await updateSession(handle.db, { ...cancelled.value, version: current.version });
    expect(stored.ok).toBe(true);

    const rendersBefore = [one.renders.length, two.renders.length];
    const [newOne, newTwo] = [await feed(one), await feed(two)];
    for (const answer of [newOne, newTwo]) {
      expect(answer.body).toContain('STATUS:CANCELLED');
      expect(answer.etag).not.toBe(oldOne.etag);
    }
    expect(newOne.body).toBe(newTwo.body);
    expect([one.renders.length, two.renders.length]).toEqual(rendersBefore.map((n) => n + 1));
    // The old ETag no longer matches: a calendar app gets the new body, not a 304.
    expect((await feed(one, '/agenda.ics', { 'If-None-Match': oldOne.etag ?? '' })).status).toBe(
      200,
    );
  });

  it('shows a renamed theme in the theme feed and the whole agenda', async () => {
    const [theme] = await listThemes(handle.db);
    if (!theme) throw new Error('no themes seeded');
    const path = `/agenda/thema/${theme.slug}.ics`;
    const before = await feed(one, path);
    expect(before.status).toBe(200);
    const renamed = await updateTheme(handle.db, { ...theme, label: 'Hernoemd thema' });
    expect(renamed.ok).toBe(true);
    expect((await feed(one, path)).body).toContain('Hernoemd thema');
    expect((await feed(one)).body).toContain('Hernoemd thema');
    expect((await findThemeBySlug(handle.db, theme.slug))?.label).toBe('Hernoemd thema');
  });

  it('renders again when the clock moves a session out of the one-year window', async () => {
    const now = await feed(one);
    expect(now.body).toContain('DTSTART;TZID=Europe/Amsterdam:20250303T130000');
    const rendered = one.renders.length;
    clock = new Date(TEST_NOW.getTime() + 2 * DAY); // nothing ends or leaves the window
    expect((await feed(one)).body).toBe(now.body);
    expect(one.renders.length).toBe(rendered);
    // 3 March 2025 is more than a year before 4 March 2026.
    clock = new Date('2026-03-04T12:00:00.000Z');
    const later = await feed(one);
    expect(one.renders.length).toBe(rendered + 1);
    expect(later.body).not.toContain('DTSTART;TZID=Europe/Amsterdam:20250303T130000');
  });

  it('answers 404 for an unknown slug without keeping it, and gzips when asked', async () => {
    const missing = await feed(one, '/agenda/reeks/bestaat-niet.ics');
    expect(missing.status).toBe(404);
    const plain = await feed(one);
    const res = await fetch(`${one.url}/agenda.ics`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('etag')).toBe(`${plain.etag?.slice(0, -1)}-gz"`);
    // fetch decompresses by itself; the raw bytes are checked too.
    expect(await res.text()).toBe(plain.body);
    const raw = await new Promise<Buffer>((done, fail) => {
      const chunks: Buffer[] = [];
      get(`${one.url}/agenda.ics`, { headers: { 'Accept-Encoding': 'gzip' } }, (answer) => {
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => done(Buffer.concat(chunks)));
      }).on('error', fail);
    });
    expect(gunzipSync(raw).toString('utf8')).toBe(plain.body);
  });
});
