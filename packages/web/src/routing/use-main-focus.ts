import { useEffect, useRef } from 'react';
import { useLocation } from './history';

/**
 * After a navigation inside the app the focus moves to the element this ref is on (the
 * page's `<main>`) and the page scrolls up, as after a full page load, so keyboard and
 * screen-reader users start at the new page. A link to an anchor keeps its place.
 *
 * @example const mainRef = useMainFocus(); return <main ref={mainRef} tabIndex={-1}>…</main>;
 */
export function useMainFocus() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!window.location.hash) window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
