import { useSyncExternalStore } from 'react';
import { currentHref } from './render-location';

/** What the app reads from the address bar. */
export type Location = {
  /** The path, e.g. '/agenda/open-deuren-2029-03'. */
  pathname: string;
  /** The query with its '?', or ''. */
  search: string;
};

const CHANGE = 'jamsessie:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * The current path and query, re-rendering on navigation (links, back/forward). A string
 * snapshot keeps `useSyncExternalStore` stable between renders; on the server it is the
 * location given to `renderingAt`.
 *
 * @example const { pathname, search } = useLocation();
 */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  const index = href.indexOf('?');
  return index < 0
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, index), search: href.slice(index) };
}

/**
 * Goes to another address inside the app without reloading. `replace` keeps the history
 * short when only a filter changes.
 *
 * @example navigate('/?thema=open-deuren', { replace: true });
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}
