import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '@jamsessie/api';
import { createTestDatabase, seedIfEmpty, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../testing/seeded-server.js';
import { buildAgendaRenderer } from '../../testing/agenda-renderer.testing.js';
import { createAgendaIndexRoute } from './agenda-index.route.js';
import { BUILT_INDEX, cancel, listOf } from './testing/agenda-index.testing.js';

describe('the agenda index route on its own', () => {
  let handle: DatabaseHandle;
  let folder: string;
  let server: Server;
  let renders = 0;
  const logged: unknown[] = [];
  let db: Db;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    db = handle.db;
    folder = mkdtempSync(join(tmpdir(), 'jamsessie-first-view-'));
    writeFileSync(join(folder, 'index.html'), BUILT_INDEX);
    const rendererPath = await buildAgendaRenderer(join(folder, 'dist-server'));
    const serve = createAgendaIndexRoute({
      // The database is looked up per request, so a test can swap in a broken one.
      get db() {
        return db;
      },
      now: () => TEST_NOW,
      baseUrl: 'https://jamsessie.example',
      indexPath: join(folder, 'index.html'),
      rendererPath,
      logError: (_message, error) => logged.push(error),
      onRender: () => {
        renders += 1;
      },
    });
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://server');
      serve(req, res, url.pathname, url.search)
        .then((served) => {
          if (!served) res.writeHead(200, { 'Content-Type': 'text/plain' }).end('PLAIN-INDEX');
        })
        .catch(() => res.writeHead(500).end());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await handle?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

  it('renders once while the database is unchanged, again after a change', async () => {
    const first = await (await fetch(url('/'))).text();
    const rendered = renders;
    expect(rendered).toBeGreaterThan(0);
    for (let i = 0; i < 3; i += 1) expect(await (await fetch(url('/'))).text()).toBe(first);
    expect(renders).toBe(rendered);
    const slug = listOf(first).items[0]?.slug;
    if (!slug) throw new Error('the agenda is empty');
    await cancel(handle.db, slug, 'Ziek');
    expect(await (await fetch(url('/'))).text()).toContain('Reden: Ziek');
    expect(renders).toBe(rendered + 1);
  });

  it('renders again when the built index.html changes (a new release)', async () => {
    await fetch(url('/'));
    const rendered = renders;
    writeFileSync(join(folder, 'index.html'), BUILT_INDEX.replace('abc123', 'def456'));
    expect(await (await fetch(url('/'))).text()).toContain('/assets/index-def456.js');
    expect(renders).toBe(rendered + 1);
  });

  it('falls back to the plain index when the database fails, and logs why', async () => {
    db = {} as Db;
    try {
      expect(await (await fetch(url('/'))).text()).toBe('PLAIN-INDEX');
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      db = handle.db;
    }
  });

  it('leaves a missing build to the static files (their "not built" page)', async () => {
    rmSync(join(folder, 'index.html'));
    expect(await (await fetch(url('/'))).text()).toBe('PLAIN-INDEX');
  });
});
