import fc from 'fast-check';
import { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldIcsLines } from './ics-fold.js';

describe('foldIcsLines', () => {
  it('breaks a long line of two-octet letters after 74 octets, then every 74 more', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const parts = foldIcsLines(line).split('\r\n');
    expect(parts[0]).toBe(`DESCRIPTION:${'é'.repeat(31)}`);
    expect(parts[1]).toBe(` ${'é'.repeat(37)}`);
    expect(parts.join('').replaceAll(' ', '')).toBe(line.replaceAll(' ', ''));
  });

  it('leaves short lines and line breaks alone', () => {
    expect(foldIcsLines('BEGIN:VEVENT\r\nUID:a@b\r\nEND:VEVENT\r\n')).toBe(
      'BEGIN:VEVENT\r\nUID:a@b\r\nEND:VEVENT\r\n',
    );
  });

  it('folds exactly like ical-generator, for any well-formed text (property)', () => {
    const line = fc.string({
      unit: fc.oneof(
        fc.constantFrom('é', '“', '🚲', 'a', ' ', ':', ';'),
        fc.string({ unit: 'grapheme', maxLength: 2 }),
      ),
      maxLength: 300,
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const text = lines.map((l) => l.replace(/[\r\n]/g, '')).join('\r\n');
        expect(foldIcsLines(text)).toBe(foldLines(text));
      }),
      { numRuns: 300 },
    );
  });
});
