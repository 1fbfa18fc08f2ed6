import { describe, expect, it } from 'vitest';
import { palette, type Page } from '../layout/display-list.js';
import { cardTextWidth } from './card-fonts.js';
import { escapeXml, pageToSvg, rasterizeSvg } from './svg.render.js';

const page: Page = {
  width: 200,
  height: 100,
  ops: [
    { kind: 'rect', x: 0, y: 0, width: 100, height: 100, color: palette.brand },
    {
      kind: 'text',
      x: 110,
      y: 40,
      size: 24,
      weight: 'bold',
      color: palette.ink,
      text: 'Zorg & <co>',
    },
  ],
};

/** Whether any pixel in the box differs from white. */
function inked(
  image: { pixels: Buffer; width: number },
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) {
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const at = (y * image.width + x) * 4;
      if ((image.pixels[at] ?? 255) < 200) return true;
    }
  }
  return false;
}

describe('pageToSvg', () => {
  it('escapes text for XML and names the font family, title and description', () => {
    const svg = pageToSvg(page, { title: 'Uitnodiging "Jamsessie"', description: 'a < b' });
    expect(svg).toContain('&#38; &#60;co&#62;');
    expect(svg).not.toContain('<co>');
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).toContain('<title>Uitnodiging &#34;Jamsessie&#34;</title>');
    expect(svg).toContain('<desc>a &#60; b</desc>');
  });

  it('drops characters XML does not allow', () => {
    expect(escapeXml('a\u0001b\uffffc')).toBe('a b c');
  });
});

describe('rasterizeSvg', () => {
  it('draws rectangles and text with the bundled DejaVu fonts, nothing elsewhere', async () => {
    const image = await rasterizeSvg(pageToSvg(page, { title: 't', description: 'd' }));
    expect({ width: image.width, height: image.height }).toEqual({ width: 200, height: 100 });
    const pixels = image.pixels;
    // The brand rectangle: petrol green at its centre.
    const centre = (50 * 200 + 50) * 4;
    expect([pixels[centre], pixels[centre + 1], pixels[centre + 2]]).toEqual([13, 92, 97]);
    // The text: ink on the baseline's line, as wide as DejaVu says, and white below it.
    const width = Math.ceil(cardTextWidth('Zorg & <co>', 24, 'bold'));
    expect(inked(image, 110, 22, 110 + Math.min(width, 89), 40)).toBe(true);
    expect(inked(image, 110, 50, 200, 100)).toBe(false);
  });

  it('measures DejaVu Sans wider than Helvetica would, and bold wider than regular', () => {
    expect(cardTextWidth('Jamsessie', 20, 'bold')).toBeGreaterThan(
      cardTextWidth('Jamsessie', 20, 'regular'),
    );
    expect(cardTextWidth('maandag 7 april 2025', 10, 'regular')).toBeGreaterThan(90);
  });
});
