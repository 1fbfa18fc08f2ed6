import { useEffect } from 'react';

/**
 * Sets the browser tab's title for a page ('Agenda · Radicale vernieuwing'), so every route
 * has its own title for screen readers, history and bookmarks.
 *
 * @example useDocumentTitle(texts.site.nav.plan, texts.site.titleSuffix);
 */
export function useDocumentTitle(title: string, siteName: string): void {
  useEffect(() => {
    document.title = `${title} · ${siteName}`;
  }, [title, siteName]);
}
