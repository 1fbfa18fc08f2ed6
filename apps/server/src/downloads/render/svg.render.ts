import { renderAsync } from '@resvg/resvg-js';
import type { Page, Rgb } from '../layout/display-list.js';
import { CARD_FONT_FAMILY, CARD_FONT_FILES } from './card-fonts.js';

/** The texts an image carries for those who cannot see it. */
export type ImageMeta = { readonly title: string; readonly description: string };

// Characters XML 1.0 does not allow at all (the display list has none, but be strict).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text as XML character data or attribute value.
 *
 * @example escapeXml('Zorg & <welzijn>') // 'Zorg &amp; &lt;welzijn&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, ' ').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fill([r, g, b]: Rgb): string {
  const channel = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 255);
  return `rgb(${channel(r)},${channel(g)},${channel(b)})`;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A page of the display list as an SVG document: rectangles and lines of text in DejaVu Sans,
 * with a title and a description (the page's text) for assistive technology.
 *
 * @example pageToSvg(invitationCard(data, target, cardTextWidth), { title: 'Uitnodiging', description: '…' })
 */
export function pageToSvg(page: Page, meta: ImageMeta): string {
  const shapes = page.ops.map((op) =>
    op.kind === 'rect'
      ? `<rect x="${round(op.x)}" y="${round(op.y)}" width="${round(op.width)}" height="${round(op.height)}" fill="${fill(op.color)}"/>`
      : `<text x="${round(op.x)}" y="${round(op.y)}" font-size="${round(op.size)}" font-weight="${op.weight === 'bold' ? 700 : 400}" fill="${fill(op.color)}">${escapeXml(op.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}" role="img" font-family="${CARD_FONT_FAMILY}" xml:lang="nl">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<desc>${escapeXml(meta.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...shapes,
    '</svg>',
  ].join('\n');
}

/**
 * Renders an SVG with resvg (off the main thread) and only the card's own fonts: no system
 * fonts, so the result is the same on every machine.
 */
export function rasterizeSvg(svg: string) {
  return renderAsync(svg, {
    font: {
      fontFiles: [CARD_FONT_FILES.regular, CARD_FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: CARD_FONT_FAMILY,
    },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
}

/**
 * Draws a page of the display list into a PNG through SVG and resvg.
 *
 * @example const png = await renderPng(invitationCard(data, target, cardTextWidth), meta);
 */
export async function renderPng(page: Page, meta: ImageMeta): Promise<Buffer> {
  return (await rasterizeSvg(pageToSvg(page, meta))).asPng();
}
