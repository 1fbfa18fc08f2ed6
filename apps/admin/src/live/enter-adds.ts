import type { KeyboardEvent } from 'react';

/**
 * Whether a key in a note or reaction field adds it: Enter adds (as in a chat), Shift+Enter
 * starts a new line, Ctrl/Cmd+Enter always adds; never while an input method composes.
 *
 * @example if (enterAdds(event)) { event.preventDefault(); void add(); }
 */
export function enterAdds(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return false;
  return event.ctrlKey || event.metaKey || !event.shiftKey;
}
