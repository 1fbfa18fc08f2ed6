import { describe, expect, it } from 'vitest';
import { shortcutFor, shortcutLegend } from './shortcuts';

function element(html: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = html;
  const el = wrapper.firstElementChild as HTMLElement;
  document.body.append(wrapper);
  return el;
}

describe('shortcutFor', () => {
  it('maps the documented keys to actions', () => {
    expect(shortcutFor({ key: 'ArrowRight' })).toBe('next');
    expect(shortcutFor({ key: 'n' })).toBe('next');
    expect(shortcutFor({ key: 'N' })).toBe('next');
    expect(shortcutFor({ key: '+' })).toBe('extend');
    expect(shortcutFor({ key: 'e' })).toBe('extend');
    expect(shortcutFor({ key: ' ' })).toBe('pause');
    expect(shortcutFor({ key: 'p' })).toBe('pause');
    expect(shortcutFor({ key: 's' })).toBe('skip');
    expect(shortcutFor({ key: 'x' })).toBeNull();
    expect(shortcutFor({ key: 'ArrowLeft' })).toBeNull();
  });

  it('stays silent with modifier keys and held-down repeats', () => {
    expect(shortcutFor({ key: 'n', ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: 'n', metaKey: true })).toBeNull();
    expect(shortcutFor({ key: 's', altKey: true })).toBeNull();
    expect(shortcutFor({ key: 'ArrowRight', repeat: true })).toBeNull();
  });

  it('lets fields keep their keys, so a note may contain “n” or a space', () => {
    const textarea = element('<textarea></textarea>');
    const input = element('<input type="text" />');
    const select = element('<select></select>');
    expect(shortcutFor({ key: 'n', target: textarea })).toBeNull();
    expect(shortcutFor({ key: ' ', target: input })).toBeNull();
    expect(shortcutFor({ key: 'ArrowRight', target: select })).toBeNull();
  });

  it('lets a focused button keep the space bar but not the letters', () => {
    const button = element('<button type="button">Volgende</button>');
    expect(shortcutFor({ key: ' ', target: button })).toBeNull();
    expect(shortcutFor({ key: 'n', target: button })).toBe('next');
    expect(shortcutFor({ key: 'p', target: document.body })).toBe('pause');
  });
});

describe('shortcutLegend', () => {
  it('documents every action with at least one key that maps to it', () => {
    const keyOf: Record<string, string> = { '→': 'ArrowRight', Spatie: ' ' };
    for (const { action, keys } of shortcutLegend) {
      for (const key of keys) expect(shortcutFor({ key: keyOf[key] ?? key })).toBe(action);
    }
    expect(shortcutLegend.map((l) => l.action)).toEqual(['next', 'extend', 'pause', 'skip']);
  });
});
