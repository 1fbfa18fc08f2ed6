import { describe, expect, it } from 'vitest';
import { REDACTED_LINK } from './meeting-link-filter.js';
import { redactSecrets } from './redact.js';

describe('redactSecrets', () => {
  const link = 'https://zoom.example.nl/j/123?pwd=a.b';
  it('replaces every occurrence, in any case and without scheme', () => {
    expect(
      redactSecrets(`a ${link} b ${link.toUpperCase()} c zoom.example.nl/j/123?pwd=a.b`, [link]),
    ).toBe(`a ${REDACTED_LINK} b ${REDACTED_LINK} c ${REDACTED_LINK}`);
  });
  it('treats regex characters literally and ignores empty secrets', () => {
    expect(redactSecrets('zoomXexample.nl/j/123 en zoom.example.nl/j/12', [link])).toBe(
      'zoomXexample.nl/j/123 en zoom.example.nl/j/12',
    );
    expect(redactSecrets('tekst', [null, undefined, '', '  '])).toBe('tekst');
  });
});
