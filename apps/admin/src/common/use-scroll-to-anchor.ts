import { useEffect, useRef } from 'react';

/**
 * Brings the element with this ref into view and gives it focus when the address ends in
 * `#<anchor>`. The page's content loads after the navigation, so the browser's own jump to
 * the anchor found nothing yet; this one runs once the element is there.
 *
 * @example const ref = useScrollToAnchor<HTMLElement>('deelnemers'); <section ref={ref} tabIndex={-1}>
 */
export function useScrollToAnchor<T extends HTMLElement>(anchor: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (window.location.hash !== `#${anchor}` || !ref.current) return;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.focus({ preventScroll: true });
  }, [anchor]);
  return ref;
}
