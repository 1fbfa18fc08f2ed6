import { A4, palette, type Rgb } from '../layout/display-list.js';
import type { Flow, TextStyle } from '../layout/flow.js';
import { wrapText } from '../layout/text-metrics.js';
import type { SeriesDocumentData } from '../series-documents.data.js';
import { documentTexts } from '../document-texts.js';

/** Height of the coloured band at the top of the first page. */
export const BAND_HEIGHT = 84;

/**
 * The coloured band on top of a first page: the movement and the action team, so a printed
 * page on a notice board says whose sessions these are.
 */
export function drawBand(flow: Flow, data: SeriesDocumentData, label: string): void {
  flow.rectAt(0, 0, A4.width, BAND_HEIGHT, palette.brand);
  flow.rectAt(0, BAND_HEIGHT, A4.width, 4, palette.accent);
  flow.textAt(label.toUpperCase(), flow.left, 34, {
    size: 9,
    weight: 'bold',
    color: palette.white,
  });
  const team = data.team ? `Actieteam ${data.team.name} (${data.team.shortName})` : '';
  flow.textAt(data.movement ?? documentTexts.movementLine, flow.left, 52, {
    size: 11,
    weight: 'bold',
    color: palette.white,
  });
  if (team) {
    const [first] = wrapText(team, 9, 'regular', flow.contentWidth);
    flow.textAt(first ?? '', flow.left, 67, { size: 9, color: palette.white });
  }
  flow.moveTo(BAND_HEIGHT + 34);
}

/** A section heading, kept with at least two lines of what follows. */
export function heading(flow: Flow, text: string, size = 14): void {
  flow.space(6);
  flow.ensure(size * 1.4 + 40);
  flow.text(text, { size, weight: 'bold', color: palette.brandDark, after: 4 });
}

/**
 * Paragraphs in a tinted box with a coloured edge (how to join), kept on one page when they
 * fit on one.
 */
export function callout(
  flow: Flow,
  title: string,
  paragraphs: readonly string[],
  color: Rgb = palette.wash,
): void {
  const style: TextStyle = { size: 10.5, leading: 1.4 };
  const inner = flow.contentWidth - 28;
  const lines = paragraphs.reduce(
    (sum, p) => sum + wrapText(p, style.size, 'regular', inner).length,
    0,
  );
  const height = 16 + 12 * 1.4 + lines * style.size * 1.4 + (paragraphs.length - 1) * 5 + 12;
  flow.space(8);
  flow.ensure(height);
  const top = flow.y();
  flow.rect(flow.left, flow.contentWidth, height, color);
  flow.rect(flow.left, 4, height, palette.brand);
  flow.space(14);
  flow.text(title, { size: 12, weight: 'bold', color: palette.brandDark, indent: 16, after: 2 });
  paragraphs.forEach((paragraph, index) => {
    flow.text(paragraph, {
      ...style,
      indent: 16,
      width: inner,
      after: index < paragraphs.length - 1 ? 5 : 0,
    });
  });
  // Continue below the box, however the estimate and the set text compare.
  flow.moveTo(Math.max(flow.y() + 12, top + height) + 10);
}

/** The footer line of every page. */
export function footerLine(data: SeriesDocumentData): (page: number, pages: number) => string {
  return (page, pages) =>
    `${documentTexts.timeZone} Actuele data: ${data.join.pageUrl} · Pagina ${page} van ${pages}`;
}

/** A bulleted line with its wrapped lines hanging under the text, not under the bullet. */
export function bullet(flow: Flow, text: string, size = 10.5): void {
  flow.ensure(size * 1.5);
  const top = flow.y();
  flow.textAt('•', flow.left + 4, top + size * 0.8, { size, color: palette.brand });
  flow.text(text, { size, indent: 18, after: 3 });
}
