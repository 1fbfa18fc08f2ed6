import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messages, send, sendMethodNotAllowed, sendText } from './responses.js';
import { FileCache, safeRelativePath, sendFile } from './static-files.js';

/** Where the API reference of @jamsessie/domain is served. */
export const DOMAIN_DOCS_PATH = '/docs/domain/';

/** Where `npm run docs -w @jamsessie/domain` (and `npm start`) writes it. */
export function defaultDomainDocsRoot(): string {
  return fileURLToPath(new URL('../../../../packages/domain/docs-dist', import.meta.url));
}

/** The answer while the reference is not built: what it is and the one command that builds it. */
const notBuiltPage = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Jamsessie: API-documentatie niet gebouwd</title></head>
<body><main><h1>De API-documentatie is nog niet gebouwd</h1>
<p>Hier staat de naslag van het pakket <code>@jamsessie/domain</code>, gemaakt met TypeDoc uit de
documentatie in de broncode. Die naslag ontbreekt nog. Bouw hem in de hoofdmap met
<code>npm run docs -w @jamsessie/domain</code>; <code>npm start</code> doet dat ook.</p></main></body></html>
`;

/**
 * Serves the built API reference (plain TypeDoc HTML) at `/docs/domain/`: a folder path gets
 * its `index.html`, a file is served as it is (gzip, ETag), anything else is a 404. While the
 * reference is not built the whole path answers 503 with a Dutch page that says how to build
 * it. Returns false for paths outside `/docs/domain/`.
 *
 * @example
 * const serveDocs = createDomainDocsHandler(defaultDomainDocsRoot());
 * if (await serveDocs(req, res, '/docs/domain/functions/_jamsessie_domain.planYear.html')) return;
 */
export function createDomainDocsHandler(root: string) {
  const cache = new FileCache();
  const dir = resolve(root);

  return async function serveDomainDocs(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    const atMount = `${pathname}/` === DOMAIN_DOCS_PATH;
    if (!atMount && !pathname.startsWith(DOMAIN_DOCS_PATH)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(req, res, 'GET, HEAD');
      return true;
    }
    if (atMount) {
      send(req, res, 308, { Location: DOMAIN_DOCS_PATH, 'Cache-Control': 'no-store' }, '');
      return true;
    }
    if (!(await cache.get(join(dir, 'index.html')))) {
      const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
      send(req, res, 503, headers, notBuiltPage);
      return true;
    }
    const relative = safeRelativePath(pathname.slice(DOMAIN_DOCS_PATH.length));
    const wanted =
      relative === null || relative === '' || relative.endsWith('/')
        ? `${relative ?? ''}index.html`
        : relative;
    const path = join(dir, wanted);
    const file = relative !== null && path.startsWith(dir + sep) ? await cache.get(path) : null;
    if (!file) {
      sendText(req, res, 404, messages.notFound);
      return true;
    }
    // TypeDoc's file names do not change with their content: revalidate after an hour.
    sendFile(req, res, file, wanted.endsWith('.html') ? 'no-cache' : 'public, max-age=3600');
    return true;
  };
}
