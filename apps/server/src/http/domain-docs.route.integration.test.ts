import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_DOCS_PATH, createDomainDocsHandler } from './domain-docs.route.js';

/** A real HTTP server with the docs route in front and a 418 behind it (the "not mine" path). */
async function serve(root: string): Promise<{ server: Server; base: string }> {
  const serveDocs = createDomainDocsHandler(root);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    void serveDocs(req, res, pathname).then((handled) => {
      if (!handled) res.writeHead(418).end('not docs');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(base: string, path: string): Promise<number> {
  return new Promise((done, fail) => {
    request(`${base}${path}`, { method: 'GET' }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    })
      .on('error', fail)
      .end();
  });
}

describe('the API reference of @jamsessie/domain at /docs/domain/', () => {
  let work = '';
  let built: { server: Server; base: string };
  let missing: { server: Server; base: string };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'jamsessie-docs-route-'));
    const docs = join(work, 'docs-dist');
    await mkdir(join(docs, 'functions'), { recursive: true });
    await mkdir(join(docs, 'assets'));
    await writeFile(join(docs, 'index.html'), '<!doctype html><title>@jamsessie/domain</title>');
    await writeFile(
      join(docs, 'functions', '_jamsessie_domain.planYear.html'),
      '<!doctype html><h1>planYear</h1>',
    );
    await writeFile(join(docs, 'assets', 'style.css'), 'body{color:#000}');
    await writeFile(join(work, 'secret.txt'), 'outside the docs folder');
    built = await serve(docs);
    missing = await serve(join(work, 'not-built'));
  });

  afterAll(async () => {
    await Promise.all([built, missing].map((s) => new Promise((done) => s?.server.close(done))));
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('serves the index at /docs/domain/ and redirects /docs/domain to it', async () => {
    const index = await fetch(`${built.base}${DOMAIN_DOCS_PATH}`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('@jamsessie/domain');

    const bare = await fetch(`${built.base}/docs/domain`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/docs/domain/');
  });

  it('serves pages and assets with their types, and 404 for what is not there', async () => {
    const page = await fetch(`${built.base}/docs/domain/functions/_jamsessie_domain.planYear.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('planYear');
    const css = await fetch(`${built.base}/docs/domain/assets/style.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('etag')).toBeTruthy();
    const gone = await fetch(`${built.base}/docs/domain/functions/nope.html`);
    expect(gone.status).toBe(404);
    expect((await gone.text()).trim()).toBe('Deze pagina bestaat niet.');
  });

  it('never leaves its folder', async () => {
    // URL parsing already folds '..' and '%2e%2e' segments (the path is no longer ours) …
    expect(await rawGet(built.base, '/docs/domain/../secret.txt')).not.toBe(200);
    expect(await rawGet(built.base, '/docs/domain/%2e%2e/secret.txt')).not.toBe(200);
    // … an encoded slash is decoded by the route itself, which refuses to leave the folder.
    expect(await rawGet(built.base, '/docs/domain/%2e%2e%2fsecret.txt')).toBe(404);
  });

  it('answers only GET and HEAD, and leaves other paths to the next route', async () => {
    const post = await fetch(`${built.base}/docs/domain/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${built.base}/docs/domainx`)).status).toBe(418);
    expect((await fetch(`${built.base}/`)).status).toBe(418);
  });

  it('says in Dutch how to build the reference while it is not built', async () => {
    const res = await fetch(`${missing.base}/docs/domain/functions/x.html`);
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).toContain('De API-documentatie is nog niet gebouwd');
    expect(text).toContain('npm run docs -w @jamsessie/domain');
  });
});
