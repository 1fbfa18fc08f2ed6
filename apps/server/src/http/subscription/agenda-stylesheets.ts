import { readFile, stat } from 'node:fs/promises';

/**
 * The stylesheets the built public app links from its `index.html`, as same-origin paths
 * ('/assets/index-GEDZyhD8.css'). Anything else (another origin, `//host`, a `data:` URL) is
 * left out: the server's CSP allows styles from itself only.
 *
 * @example stylesheetsOf('<link rel="stylesheet" crossorigin href="/assets/index-1.css">') // ['/assets/index-1.css']
 */
export function stylesheetsOf(indexHtml: string): string[] {
  const found: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /^\/(?!\/)[\w./-]+\.css$/.test(href)) found.push(href);
  }
  return found;
}

/**
 * Reads the public app's stylesheets from its built `index.html`, again only when the file
 * changed (a new build renames the hashed files). No build, no stylesheets: an empty list.
 *
 * @example const stylesheets = agendaStylesheets('apps/agenda/dist/index.html'); await stylesheets()
 */
export function agendaStylesheets(indexPath: string): () => Promise<readonly string[]> {
  let cached: { mtimeMs: number; hrefs: readonly string[] } | null = null;
  return async () => {
    const file = await stat(indexPath).catch(() => null);
    if (!file?.isFile()) return [];
    if (cached?.mtimeMs !== file.mtimeMs) {
      const html = await readFile(indexPath, 'utf8').catch(() => '');
      cached = { mtimeMs: file.mtimeMs, hrefs: stylesheetsOf(html) };
    }
    return cached.hrefs;
  };
}
