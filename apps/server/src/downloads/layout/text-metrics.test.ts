import { describe, expect, it } from 'vitest';
import { textWidth, toDrawableText, wrapText } from './text-metrics.js';

describe('toDrawableText', () => {
  it('keeps Dutch accents, quotes and dashes that Helvetica has', () => {
    expect(toDrawableText('cliënten, geïnventariseerd, ‘jammen’ – „open”')).toBe(
      'cliënten, geïnventariseerd, ‘jammen’ – „open”',
    );
  });

  it('replaces what the standard font cannot draw by a faithful stand-in', () => {
    expect(toDrawableText('Łódź → Kraków')).toBe('Lódz -> Kraków');
    expect(toDrawableText('a\u202fb\tc\u0007d')).toBe('a b c d');
    expect(toDrawableText('🙂')).toBe('?');
  });
});

describe('wrapText', () => {
  it('wraps at spaces so no line is wider than the column', () => {
    const text = 'Een uur sparren, improviseren en samen zoeken met collega’s uit de zorg.';
    const lines = wrapText(text, 10, 'regular', 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10, 'regular')).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a word only when it alone is too wide, and keeps line breaks', () => {
    const lines = wrapText(
      'https://jamsessie.example/agenda?reeks=jamsessies-vvlg\nklaar',
      10,
      'bold',
      80,
    );
    expect(lines.at(-1)).toBe('klaar');
    expect(lines.slice(0, -1).join('')).toBe(
      'https://jamsessie.example/agenda?reeks=jamsessies-vvlg',
    );
  });

  it('measures bold wider than regular', () => {
    expect(textWidth('Jamsessie', 12, 'bold')).toBeGreaterThan(
      textWidth('Jamsessie', 12, 'regular'),
    );
  });
});
