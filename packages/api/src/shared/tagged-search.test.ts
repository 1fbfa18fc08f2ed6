import { REDACTED_LINK, compileMeetingLinkFilter } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { redactParts } from './tagged-search.js';

const filter = compileMeetingLinkFilter(['https://zoom.example/j/demo-jamsessie-link']);

describe('redactParts', () => {
  it('drops the marks rather than show part of a link that a mark cut in two', () => {
    const parts = [
      { text: 'via https://zoom.', match: false },
      { text: 'example', match: true },
      { text: '/j/demo-jamsessie-link en de ', match: false },
      { text: 'deuren', match: true },
    ];
    expect(redactParts(parts, filter)).toEqual([
      { text: `via ${REDACTED_LINK} en de deuren`, match: false },
    ]);
  });

  it('keeps the marks of a text without links', () => {
    const parts = [
      { text: 'de ', match: false },
      { text: 'deuren', match: true },
    ];
    expect(redactParts(parts, filter)).toEqual(parts);
  });
});
