/** Where a page is rendered outside a browser: the server's first view (entry-server.tsx). */
export type RenderLocation = {
  /** The site's origin, e.g. 'https://jamsessies.example'. */
  origin: string;
  /** The path being rendered. */
  pathname: string;
  /** Its query with the '?', or ''. */
  search: string;
};

let serverLocation: RenderLocation | null = null;

/**
 * Runs a synchronous render as if the browser were at `location`. The server renders the
 * first view with `renderToString`, which has no `window`; a synchronous render cannot
 * interleave with another, so one module-level value is enough.
 *
 * @example const html = renderingAt({ origin, pathname: '/', search: '' }, () => renderToString(<App />));
 */
export function renderingAt<T>(location: RenderLocation, render: () => T): T {
  serverLocation = location;
  try {
    return render();
  } finally {
    serverLocation = null;
  }
}

/** The site's origin ('https://…'), for feed and schema.org addresses. */
export function currentOrigin(): string {
  return serverLocation?.origin ?? window.location.origin;
}

/** The path and query being shown, e.g. '/?thema=open-deuren'. */
export function currentHref(): string {
  if (serverLocation) return `${serverLocation.pathname}${serverLocation.search}`;
  return `${window.location.pathname}${window.location.search}`;
}
