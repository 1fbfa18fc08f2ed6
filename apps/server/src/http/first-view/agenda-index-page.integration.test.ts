import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  findSessionBySlug,
  seedIfEmpty,
  updateSession,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LINK_HOST, TEST_NOW, plantSessionLinkTrap } from '../../testing/seeded-server.js';
import { buildAgendaRenderer } from '../../testing/agenda-renderer.testing.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { agendaFirstPage } from '@jamsessie/domain';
import { INITIAL_DATA_ELEMENT_ID } from './initial-data.script.js';
import {
  BUILT_INDEX,
  cancel,
  embedded,
  listOf,
  type ListData,
} from './testing/agenda-index.testing.js';

const HOSTILE_TITLE = 'Jamsessie </script><script>alert(1)</script> & <img src=x onerror=alert(2)>';

/** The app's markup inside `<div id="root">`, up to the data element. */
function markupOf(html: string): string {
  return html.slice(html.indexOf('<div id="root">'), html.indexOf('<noscript>'));
}

describe.each(databaseKindsUnderTest())('the agenda index with its first view on %s', (kind) => {
  let handle: DatabaseHandle;
  let folder: string;
  let server: TestServer;
  let clock = TEST_NOW;
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${server.baseUrl}${path}`, init);
    return { res, html: await res.text() };
  };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    // The same trap as the feeds' tests: a session with its own link, also in its text.
    await plantSessionLinkTrap(handle.db);
    folder = mkdtempSync(join(tmpdir(), 'jamsessie-first-view-'));
    mkdirSync(join(folder, 'dist'));
    writeFileSync(join(folder, 'dist', 'index.html'), BUILT_INDEX);
    await buildAgendaRenderer(join(folder, 'dist-server'));
    server = await startTestServer({
      db: handle.db,
      now: () => clock,
      staticRoots: { agenda: join(folder, 'dist'), admin: join(folder, 'dist') },
    });
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    clock = TEST_NOW;
  });

  it('embeds the first view’s answers as JSON data the app can seed, under the CSP', async () => {
    const { res, html } = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const queries = embedded(html);
    expect(queries.map((query) => query.path)).toEqual([
      'catalogue.themes',
      'catalogue.movements',
      'catalogue.series',
      'week.editions',
      'agenda.list',
    ]);
    expect(queries.find((query) => query.path === 'agenda.list')?.input).toEqual(agendaFirstPage);
    // The same answer the API gives over HTTP for the same input.
    const input = encodeURIComponent(JSON.stringify(agendaFirstPage));
    const api = (await (
      await fetch(`${server.baseUrl}/trpc/agenda.list?input=${input}`)
    ).json()) as {
      result: { data: ListData };
    };
    expect(listOf(html)).toEqual(api.result.data);
    expect(listOf(html).items.length).toBeGreaterThan(0);
    // Data only: the page still has exactly one script that runs, the app's own bundle.
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html.indexOf(INITIAL_DATA_ELEMENT_ID)).toBeGreaterThan(html.indexOf('</noscript>'));
  });

  it('shows the rows inside #root before any script runs, with links to the sessions', async () => {
    const { html } = await get('/');
    const markup = markupOf(html);
    const { items } = listOf(html);
    expect(markup).toContain('<h1>Agenda</h1>');
    expect(markup).toContain('class="agenda-list"');
    for (const item of items) expect(markup).toContain(`href="/agenda/${item.slug}"`);
    // 3 March 2025, 13.00 Amsterdam: the first session after the test clock.
    expect(markup).toContain('maandag 3 maart 2025, 13.00–14.00 uur');
    expect(markup.indexOf('maart 2025')).toBeLessThan(markup.indexOf('april 2025'));
    // Feed addresses with the site's own origin, as the browser would show them.
    expect(markup).toContain(`webcal://${new URL(server.baseUrl).host}/agenda.ics`);
  });

  it('never shows a meeting link, in the data or in the markup', async () => {
    for (const path of ['/', '/agenda', '/agenda/']) {
      const { res, html } = await get(path);
      const headers = [...res.headers.entries()].join('\n');
      expect(html, path).toContain(INITIAL_DATA_ELEMENT_ID);
      expect(html, path).not.toContain(LINK_HOST);
      expect(headers, path).not.toContain(LINK_HOST);
    }
  });

  it('shows a session cancelled through the repositories at the next request', async () => {
    const before = await get('/');
    const first = listOf(before.html).items[0];
    if (!first) throw new Error('the agenda is empty');
    expect(first.status).toBe('planned');
    await cancel(handle.db, first.slug, 'Te weinig aanmeldingen');
    const after = await get('/');
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'));
    expect(listOf(after.html).items[0]?.status).toBe('cancelled');
    expect(markupOf(after.html)).toContain('Reden: Te weinig aanmeldingen');
  });

  it('escapes hostile titles in the data and in the markup', async () => {
    const { html: before } = await get('/');
    const slug = listOf(before).items[1]?.slug;
    const session = slug ? await findSessionBySlug(handle.db, slug) : undefined;
    if (!session) throw new Error('the agenda has fewer than two sessions');
    const stored = await updateSession(handle.db, { ...session, title: HOSTILE_TITLE });
    expect(stored.ok).toBe(true);
    const { html } = await get('/');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(listOf(html).items.map((item) => item.title)).toContain(HOSTILE_TITLE);
    expect(markupOf(html)).toContain(
      'Jamsessie &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;',
    );
  });

  it('leaves a session out once it has ended, as the API does', async () => {
    const { html: before } = await get('/');
    const first = listOf(before).items[0];
    if (!first) throw new Error('the agenda is empty');
    clock = new Date(Date.parse(first.endsAt) + 60_000);
    const { html: after } = await get('/');
    expect(listOf(after).items.map((item) => item.slug)).not.toContain(first.slug);
    expect(markupOf(after)).not.toContain(`href="/agenda/${first.slug}"`);
  });

  it('serves filtered views, other pages and HEAD without embedding', async () => {
    for (const path of ['/?thema=open-deuren', '/agenda?jaar=2025', '/verslagen', '/embed']) {
      const { res, html } = await get(path);
      expect(res.status, path).toBe(200);
      expect(html, path).toBe(BUILT_INDEX);
    }
    const head = await fetch(`${server.baseUrl}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(BUILT_INDEX.length);
  });

  it('gzips the page and answers 304 while nothing changed', async () => {
    const { res, html } = await get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(html).toContain(INITIAL_DATA_ELEMENT_ID);
    const again = await fetch(`${server.baseUrl}/`, {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': res.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
