import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcuts';

/**
 * Listens for the facilitator's keys on the whole page and calls `onAction`. The handler is
 * read from a ref, so re-renders every second do not re-register the listener. Escape in a
 * note field leaves the field, so the shortcuts work again.
 *
 * @example useShortcuts(enabled, (action) => dispatch(action));
 */
export function useShortcuts(enabled: boolean, onAction: (action: ShortcutAction) => void): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  }, [onAction]);
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.key === 'Escape' && target && /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName)) {
        target.blur();
        return;
      }
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
