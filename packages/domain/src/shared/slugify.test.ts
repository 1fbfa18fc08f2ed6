import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSlug, slugify, uniqueSlug } from './slugify.js';

describe('slugify', () => {
  it('folds Dutch accents', () => {
    expect(slugify('Vrijheid en veiligheid voor het levensgeluk van cliënten')).toBe(
      'vrijheid-en-veiligheid-voor-het-levensgeluk-van-clienten',
    );
    expect(slugify('Café één, ideeën & coöperatie')).toBe('cafe-een-ideeen-en-cooperatie');
    expect(slugify("RV Late Nightshow: 'samen doorbreken we muren!'")).toBe(
      'rv-late-nightshow-samen-doorbreken-we-muren',
    );
  });
  it('always yields a valid slug or an empty string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug === '' || isSlug(slug)).toBe(true);
      }),
    );
  });
  it('cuts long text on a word boundary', () => {
    const slug = slugify('woord '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('woord')).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it('appends a number when taken', () => {
    expect(uniqueSlug('open-deuren', [])).toBe('open-deuren');
    expect(uniqueSlug('open-deuren', ['open-deuren', 'open-deuren-2'])).toBe('open-deuren-3');
  });
});
