import { useEffect } from 'react';
import { texts } from '../texts';

/**
 * Sets the browser tab's title for a page ('Planning · Beheer Jamsessies'), so every route
 * has its own title for screen readers, history and bookmarks.
 *
 * @example useDocumentTitle(texts.site.nav.plan);
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${texts.site.titleSuffix}`;
  }, [title]);
}
