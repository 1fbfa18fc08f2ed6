/** What a key in the facilitator view does. */
export type ShortcutAction = 'next' | 'extend' | 'pause' | 'skip';

/** The keys per action, as the legend shows them (first one is the main key). */
export const shortcutLegend: readonly { action: ShortcutAction; keys: readonly string[] }[] = [
  { action: 'next', keys: ['→', 'N'] },
  { action: 'extend', keys: ['+', 'E'] },
  { action: 'pause', keys: ['Spatie', 'P'] },
  { action: 'skip', keys: ['S'] },
];

const byKey: Readonly<Record<string, ShortcutAction>> = {
  ArrowRight: 'next',
  n: 'next',
  N: 'next',
  '+': 'extend',
  '=': 'extend',
  e: 'extend',
  E: 'extend',
  ' ': 'pause',
  Spacebar: 'pause',
  p: 'pause',
  P: 'pause',
  s: 'skip',
  S: 'skip',
};

/** The parts of a keyboard event that decide the shortcut. */
export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
  target?: EventTarget | null;
};

/**
 * Whether the key goes to a control that uses it itself: typing a note, choosing in a select,
 * pressing a focused button with space. There the shortcuts stay silent.
 */
function isOwnedByControl(target: EventTarget | null | undefined, key: string): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || element.isContentEditable) return true;
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(type) || key === ' ';
  }
  if ((tag === 'button' || tag === 'a' || tag === 'summary') && key === ' ') return true;
  return false;
}

/**
 * Maps a key press to a facilitator action, or null. Keys with Ctrl/Cmd/Alt, held-down
 * repeats and keys typed into a field are never shortcuts, so a note can contain "n" and
 * the browser's own shortcuts keep working.
 *
 * @example shortcutFor({ key: 'ArrowRight' }) // 'next'
 * @example shortcutFor({ key: 'n', target: textarea }) // null
 */
export function shortcutFor(input: KeyInput): ShortcutAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || input.repeat) return null;
  const action = byKey[input.key];
  if (!action) return null;
  if (isOwnedByControl(input.target, input.key)) return null;
  return action;
}
