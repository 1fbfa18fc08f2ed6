import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { agendaPageOf, coordinatorPageOf } from '@jamsessie/domain';
import { contentTypeOf, isCompressible } from './content-types.js';
import {
  acceptsGzip,
  etagMatches,
  messages,
  send,
  sendMethodNotAllowed,
  sendText,
} from './responses.js';

/** The build folders (Vite's `dist`) of the two apps. */
export type StaticRoots = {
  /** The public agenda, served at `/`. */
  readonly agenda: string;
  /** The coordinators' app, served at `/beheer/`. */
  readonly admin: string;
};

/** Where `npm start` builds the apps: `apps/agenda/dist` and `apps/admin/dist`. */
export function defaultStaticRoots(): StaticRoots {
  const apps = fileURLToPath(new URL('../../../', import.meta.url));
  return { agenda: join(apps, 'agenda', 'dist'), admin: join(apps, 'admin', 'dist') };
}

type CachedFile = {
  readonly mtimeMs: number;
  readonly size: number;
  readonly body: Buffer;
  /** Gzipped bytes, when worth it (compressible and not tiny). */
  readonly gzip: Buffer | null;
  readonly etag: string;
  readonly type: string;
};

const GZIP_MIN_BYTES = 1024;

/** What the server answers when an app's build is missing (a fresh clone, `npm start` not run). */
const notBuiltPage = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Jamsessie: apps niet gebouwd</title></head>
<body><main><h1>De apps zijn nog niet gebouwd</h1>
<p>Deze server levert de agenda en de beheeromgeving uit hun gebouwde versie, maar die ontbreekt.
Start de server met <code>npm start</code> in de hoofdmap: dat bouwt de apps eerst.</p></main></body></html>
`;

/** Keeps file bytes (and their gzip) in memory; a changed file (mtime/size) is read again. */
export class FileCache {
  readonly #files = new Map<string, CachedFile>();

  async get(path: string): Promise<CachedFile | null> {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = this.#files.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const body = await readFile(path);
    const type = contentTypeOf(extname(path));
    const gzip = isCompressible(type) && body.length >= GZIP_MIN_BYTES ? gzipSync(body) : null;
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    const file = { mtimeMs: info.mtimeMs, size: info.size, body, gzip, etag: `"${hash}"`, type };
    this.#files.set(path, file);
    return file;
  }
}

/**
 * Maps a URL path inside an app to a file inside its folder, or null when it would leave the
 * folder or touch a hidden file. Returns '' for the app's root.
 */
export function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normalized = posix.normalize(`/${decoded}`).slice(1);
  if (normalized.split('/').some((segment) => segment.startsWith('.'))) return null;
  return normalized;
}

function cacheControlFor(relative: string): string {
  // Vite puts content-hashed bundles in assets/: their name changes with their content.
  if (relative.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: CachedFile,
  cacheControl: string,
  status = 200,
): void {
  const gzip = file.gzip && acceptsGzip(req) ? file.gzip : null;
  const etag = gzip ? `${file.etag.slice(0, -1)}-gz"` : file.etag;
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': cacheControl,
    ETag: etag,
  };
  if (file.gzip) headers['Vary'] = 'Accept-Encoding';
  if (status === 200 && etagMatches(req.headers['if-none-match'], [etag])) {
    res.statusCode = 304;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.end();
    return;
  }
  if (gzip) headers['Content-Encoding'] = 'gzip';
  send(req, res, status, headers, gzip ?? file.body);
}

/**
 * Serves built single-page apps. A path that names an existing file gets it (gzip when the
 * client accepts it, long cache for hashed `assets/`); an unknown path without a file
 * extension gets the app's `index.html` (client-side routing: `/sessies/open-deuren`); an
 * unknown file is a 404. Mounts are tried longest first, so `/beheer/` wins over `/`.
 * Returns false when no app is mounted at the path.
 *
 * @example
 * const serveStatic = createStaticHandler(defaultStaticRoots());
 * if (!(await serveStatic(req, res, url.pathname))) notFound();
 */
export function createStaticHandler(roots: StaticRoots) {
  const cache = new FileCache();
  // Longest mount first, so '/beheer/' wins over '/'.
  // `isPage` says which other paths are the app's own pages (200); the rest get the app as a
  // 404, so it shows its not-found page and crawlers and monitors see that nothing is there.
  // Both apps' page tables live in the domain package, shared with their routers.
  const mounts = [
    {
      mount: '/beheer/',
      dir: resolve(roots.admin),
      isPage: (pathname: string) => coordinatorPageOf(pathname) !== null,
    },
    {
      mount: '/',
      dir: resolve(roots.agenda),
      isPage: (pathname: string) => agendaPageOf(pathname) !== null,
    },
  ];

  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    const app = mounts.find(({ mount }) => pathname.startsWith(mount) || `${pathname}/` === mount);
    if (!app) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(req, res, 'GET, HEAD');
      return true;
    }
    if (`${pathname}/` === app.mount) {
      send(req, res, 308, { Location: app.mount, 'Cache-Control': 'no-store' }, '');
      return true;
    }
    const relative = safeRelativePath(pathname.slice(app.mount.length));
    if (relative === null) {
      sendText(req, res, 404, messages.notFound);
      return true;
    }
    const path = join(app.dir, relative);
    if (relative !== '' && !relative.endsWith('/') && path.startsWith(app.dir + sep)) {
      const file = await cache.get(path);
      if (file) {
        sendFile(
          req,
          res,
          file,
          relative === 'index.html' ? 'no-cache' : cacheControlFor(relative),
        );
        return true;
      }
      if (extname(relative) !== '') {
        sendText(req, res, 404, messages.notFound);
        return true;
      }
    }
    const index = await cache.get(join(app.dir, 'index.html'));
    if (!index) {
      send(
        req,
        res,
        503,
        { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
        notBuiltPage,
      );
      return true;
    }
    sendFile(req, res, index, 'no-cache', app.isPage(pathname) ? 200 : 404);
    return true;
  };
}
