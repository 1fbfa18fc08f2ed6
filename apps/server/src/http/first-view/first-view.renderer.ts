import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { InitialQuery } from './agenda-initial-data.js';

/** Where the page is rendered, as the app's router reads it. */
export type RenderLocation = { origin: string; pathname: string; search: string };

/** apps/agenda/src/entry-server.tsx: the app's own components rendered to HTML. */
export type FirstViewRenderer = (
  location: RenderLocation,
  queries: readonly InitialQuery[],
) => string;

/**
 * Loads the agenda app's server renderer from its build (`vite build --ssr`), or null when
 * the app has not been built with it. The file's modification time is part of the module
 * address, so a rebuilt app is loaded again (a new release without a restart of the server).
 *
 * @example const render = await loadFirstViewRenderer('apps/agenda/dist-server/entry-server.js');
 */
export async function loadFirstViewRenderer(path: string): Promise<FirstViewRenderer | null> {
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) return null;
  const url = `${pathToFileURL(path).href}?v=${file.mtimeMs}`;
  const module = (await import(url)) as { renderFirstView?: unknown };
  if (typeof module.renderFirstView !== 'function') {
    throw new Error(`${path} does not export renderFirstView`);
  }
  return module.renderFirstView as FirstViewRenderer;
}
