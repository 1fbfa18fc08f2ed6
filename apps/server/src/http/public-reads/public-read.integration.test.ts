import { randomUUID } from 'node:crypto';
import { ensureAdminAccount } from '@jamsessie/api';
import {
  appendConsent,
  createDatabase,
  createTestDatabase,
  databaseKindsUnderTest,
  seedIfEmpty,
  type DatabaseHandle,
} from '@jamsessie/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, TEST_NOW } from '../../testing/seeded-server.js';
import { fakeStaticRoots, startTestServer, type TestServer } from '../../testing/test-server.js';
import { PARTICIPANT_COOKIE, SESSION_COOKIE } from '../cookies.js';

/** One server process: its own request handler (and so its own memory) on the shared data. */
type Process = { server: TestServer; renders: string[] };

const AGENDA = '/trpc/agenda.list';
const THEMES = '/trpc/catalogue.themes';

async function startProcess(
  handle: DatabaseHandle,
  roots: ReturnType<typeof fakeStaticRoots>,
  maxBytes?: number,
): Promise<Process> {
  const renders: string[] = [];
  const server = await startTestServer({
    db: handle.db,
    now: () => TEST_NOW,
    staticRoots: roots,
    ...(handle.localWrites ? { localWrites: handle.localWrites } : {}),
    publicReads: { onRender: (target) => renders.push(target), ...(maxBytes ? { maxBytes } : {}) },
  });
  return { server, renders };
}

async function call(p: Process, target: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${p.server.baseUrl}${target}`, {
    headers: { 'Accept-Encoding': 'identity', ...headers },
  });
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    cacheControl: res.headers.get('cache-control'),
    body: await res.text(),
  };
}

/**
 * A second connection pool on the same database, as another server process has: on
 * PostgreSQL a pool of its own; PGlite is embedded in one process, so there it is the same.
 */
async function otherPool(handle: DatabaseHandle): Promise<DatabaseHandle> {
  const url = process.env['DATABASE_URL'];
  if (handle.kind !== 'postgres' || !url) return { ...handle, close: () => Promise.resolve() };
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
    handle.db,
  );
  const own = new URL(url);
  own.pathname = `/${rows[0]?.name ?? ''}`;
  return createDatabase({ databaseUrl: own.toString(), poolSize: 1 });
}

async function signIn(p: Process): Promise<string> {
  const res = await fetch(`${p.server.baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe.each(databaseKindsUnderTest())('public reads from memory on %s', (kind) => {
  let handle: DatabaseHandle;
  let writer: DatabaseHandle;
  let roots: ReturnType<typeof fakeStaticRoots>;
  let one: Process;
  let two: Process;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    await ensureAdminAccount(handle.db, TEST_ADMIN);
    writer = await otherPool(handle);
    roots = fakeStaticRoots();
    one = await startProcess(handle, roots);
    two = await startProcess(handle, roots);
  });
  afterAll(async () => {
    await one?.server.close();
    await two?.server.close();
    await writer?.close();
    await handle?.close();
    roots?.remove();
  });

  it('answers an unchanged database from memory: same bytes, one render, 304 on its ETag', async () => {
    const first = await call(one, AGENDA);
    const rendered = one.renders.length;
    const again = await call(one, AGENDA);
    const conditional = await call(one, AGENDA, { 'If-None-Match': first.etag ?? '' });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toHaveProperty('result.data.items');
    expect(again.body).toBe(first.body);
    expect(again.etag).toBe(first.etag);
    expect(first.cacheControl).toBe('no-cache');
    expect(conditional.status).toBe(304);
    expect(conditional.body).toBe('');
    expect(one.renders.length).toBe(rendered);
  });

  it('answers a batch of public reads from memory as tRPC would', async () => {
    const batch = `/trpc/agenda.list,catalogue.themes?batch=1&input=${encodeURIComponent('{"0":{"pageSize":5},"1":null}')}`;
    const first = await call(one, batch);
    const rendered = one.renders.length;
    const again = await call(one, batch);
    const parsed = JSON.parse(first.body) as { result: { data: unknown } }[];
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toHaveProperty('result.data.pageSize', 5);
    expect(again.body).toBe(first.body);
    expect(one.renders.length).toBe(rendered);
  });

  it('shows a change written through another pool at the next request of every process', async () => {
    const [oldOne, oldTwo] = [await call(one, THEMES), await call(two, THEMES)];
    expect(oldOne.body).toBe(oldTwo.body);
    await writer.db
      .updateTable('theme')
      .set({ label: 'Hernoemd thema voor de cachetest' })
      .where(
        'slug',
        '=',
        (JSON.parse(oldOne.body) as { result: { data: { slug: string }[] } }).result.data[0]!.slug,
      )
      .execute();
    const [newOne, newTwo] = [await call(one, THEMES), await call(two, THEMES)];
    for (const answer of [newOne, newTwo]) {
      expect(answer.body).toContain('Hernoemd thema voor de cachetest');
      expect(answer.etag).not.toBe(oldOne.etag);
    }
    expect((await call(one, THEMES, { 'If-None-Match': oldOne.etag ?? '' })).status).toBe(200);
  });

  it('hides a reaction at the next request once its consent is withdrawn through another pool', async () => {
    const reaction = await handle.db
      .selectFrom('reaction')
      .innerJoin('report', 'report.id', 'reaction.report_id')
      .select(['reaction.id', 'reaction.text', 'reaction.author_id', 'report.slug'])
      .where('report.status', '=', 'published')
      .where('reaction.author_id', 'is not', null)
      .where('reaction.consent', '=', 'quotable')
      .executeTakeFirstOrThrow();
    const input = encodeURIComponent(JSON.stringify({ slug: reaction.slug }));
    const target = `/trpc/reports.bySlug?input=${input}`;
    expect((await call(one, target)).body).toContain(reaction.text);
    await appendConsent(writer.db, {
      id: randomUUID(),
      personId: reaction.author_id!,
      subject: 'reaction',
      subjectId: reaction.id,
      level: 'private',
      // After the consents of the demo data (given when the session ended).
      at: '2026-01-01T09:00:00.000Z',
      by: null,
    });
    expect((await call(one, target)).body).not.toContain(reaction.text);
  });

  it("never answers a coordinator's or a participant's call from memory, nor keeps it for visitors", async () => {
    const coordinator = { Cookie: await signIn(one) };
    const participant = { Cookie: `${PARTICIPANT_COOKIE}=niet-bestaand-token` };
    expect(coordinator.Cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    const target = `${AGENDA}?input=${encodeURIComponent('{"pageSize":3}')}`;
    const rendered = one.renders.length;
    for (const headers of [coordinator, participant]) {
      const answer = await call(one, target, headers);
      expect(answer.status).toBe(200);
      expect(answer.etag).toBeNull();
      expect(answer.cacheControl).toBe('no-store');
    }
    // Nothing was kept for them: the visitor's first call is a render of its own.
    expect(one.renders.length).toBe(rendered);
    const visitor = await call(one, target);
    expect(one.renders.length).toBe(rendered + 1);
    // And what was kept for visitors is not served to them.
    for (const headers of [coordinator, participant]) {
      const answer = await call(one, target, { ...headers, 'If-None-Match': visitor.etag ?? '' });
      expect(answer.status).toBe(200);
      expect(answer.etag).toBeNull();
    }
    expect(one.renders.length).toBe(rendered + 1);
  });

  it('keeps no more bytes than its bound: the least recently used answer is rendered again', async () => {
    const pages = [10, 20, 30].map(
      (pageSize) =>
        `${AGENDA}?input=${encodeURIComponent(JSON.stringify({ pageSize, when: 'past' }))}`,
    );
    const sizes: number[] = [];
    for (const page of pages) sizes.push((await call(one, page)).body.length);
    // Room for the largest answer (with its gzip), not for all three.
    const bound = Math.ceil(Math.max(...sizes) * 1.5);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(bound);
    const small = await startProcess(handle, roots, bound);
    try {
      for (const page of pages) await call(small, page);
      const rendered = small.renders.length;
      await call(small, pages[2]!);
      expect(small.renders.length).toBe(rendered);
      await call(small, pages[0]!);
      expect(small.renders.length).toBe(rendered + 1);
    } finally {
      await small.server.close();
    }
  });
});
