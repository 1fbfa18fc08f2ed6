import { A4, palette, type DrawOp, type FontWeight, type Page, type Rgb } from './display-list.js';
import { toDrawableText, wrapText } from './text-metrics.js';

/** How a block of text is set. */
export type TextStyle = {
  readonly size: number;
  readonly weight?: FontWeight;
  readonly color?: Rgb;
  /** Distance between baselines, as a factor of the size. Default 1.35. */
  readonly leading?: number;
  /** Extra left indent within the content area. */
  readonly indent?: number;
  /** Narrower than the content area (for a column). */
  readonly width?: number;
  /** Space after the block, in points. */
  readonly after?: number;
};

/** One cell of a table row. */
export type Cell = {
  readonly text: string;
  /** Offset from the content area's left edge. */
  readonly x: number;
  readonly width: number;
  readonly weight?: FontWeight;
  readonly color?: Rgb;
};

/** Page size, margins and the footer line of a flowing document. */
export type FlowOptions = {
  readonly width?: number;
  readonly height?: number;
  readonly margin?: number;
  /** The footer of each page, given its number and the page count. */
  readonly footer?: (page: number, pages: number) => string;
};

/** A document being laid out top to bottom, with automatic page breaks. */
export type Flow = {
  readonly left: number;
  readonly contentWidth: number;
  /** The current position (top of the next block). */
  y(): number;
  /** Starts a new page when less than `height` is left. */
  ensure(height: number): void;
  /** Wrapped text; returns the number of lines set. */
  text(text: string, style: TextStyle): number;
  /** A table row of wrapped cells, kept on one page; returns its height. */
  row(cells: readonly Cell[], style: TextStyle): number;
  /** A rectangle at the current position (does not move it). */
  rect(x: number, width: number, height: number, color: Rgb): void;
  /** A rectangle anywhere on the current page (headers, bands). */
  rectAt(x: number, y: number, width: number, height: number, color: Rgb): void;
  /** One line of text anywhere on the current page (not wrapped). */
  textAt(text: string, x: number, y: number, style: TextStyle): void;
  space(points: number): void;
  /** Moves the position to `y` on the current page. */
  moveTo(y: number): void;
  pages(): Page[];
};

/**
 * Lays out a document that may run over several pages (the schedule, the description):
 * text is wrapped to the content width, a block that does not fit starts a new page, and
 * every page gets the footer with "pagina n van m".
 *
 * @example
 * const flow = createFlow({ footer: (n, m) => `Pagina ${n} van ${m}` });
 * flow.text('Jamsessies VVLG 2025', { size: 24, weight: 'bold' });
 * const pages = flow.pages();
 */
export function createFlow(options: FlowOptions = {}): Flow {
  const width = options.width ?? A4.width;
  const height = options.height ?? A4.height;
  const margin = options.margin ?? 56;
  const bottom = height - margin - (options.footer ? 18 : 0);
  const done: DrawOp[][] = [];
  let ops: DrawOp[] = [];
  let y = margin;

  const newPage = () => {
    done.push(ops);
    ops = [];
    y = margin;
  };
  const ensure = (needed: number) => {
    if (y + needed > bottom && y > margin) newPage();
  };
  const line = (text: string, x: number, baseline: number, style: TextStyle) => {
    if (text === '') return;
    ops.push({
      kind: 'text',
      x,
      y: baseline,
      size: style.size,
      weight: style.weight ?? 'regular',
      color: style.color ?? palette.ink,
      text,
    });
  };
  const leadingOf = (style: TextStyle) => style.size * (style.leading ?? 1.35);

  return {
    left: margin,
    contentWidth: width - 2 * margin,
    y: () => y,
    ensure,
    text(text, style) {
      const indent = style.indent ?? 0;
      const lines = wrapText(
        text,
        style.size,
        style.weight ?? 'regular',
        style.width ?? width - 2 * margin - indent,
      );
      const leading = leadingOf(style);
      for (const content of lines) {
        ensure(leading);
        line(content, margin + indent, y + style.size * 0.8, style);
        y += leading;
      }
      y += style.after ?? 0;
      return lines.length;
    },
    row(cells, style) {
      const wrapped = cells.map((cell) =>
        wrapText(cell.text, style.size, cell.weight ?? style.weight ?? 'regular', cell.width),
      );
      const leading = leadingOf(style);
      const rowHeight = Math.max(1, ...wrapped.map((lines) => lines.length)) * leading;
      ensure(rowHeight);
      cells.forEach((cell, index) => {
        (wrapped[index] ?? []).forEach((content, lineIndex) => {
          line(content, margin + cell.x, y + style.size * 0.8 + lineIndex * leading, {
            ...style,
            ...(cell.weight ? { weight: cell.weight } : {}),
            ...(cell.color ? { color: cell.color } : {}),
          });
        });
      });
      y += rowHeight + (style.after ?? 0);
      return rowHeight;
    },
    rect(x, rectWidth, rectHeight, color) {
      ops.push({ kind: 'rect', x, y, width: rectWidth, height: rectHeight, color });
    },
    rectAt(x, top, rectWidth, rectHeight, color) {
      ops.push({ kind: 'rect', x, y: top, width: rectWidth, height: rectHeight, color });
    },
    textAt(text, x, baseline, style) {
      line(toDrawableText(text), x, baseline, style);
    },
    space(points) {
      y += points;
    },
    moveTo(next) {
      y = next;
    },
    pages() {
      const all = ops.length > 0 || done.length === 0 ? [...done, ops] : done;
      return all.map((pageOps, index) => {
        const footer = options.footer?.(index + 1, all.length);
        const withFooter: DrawOp[] = footer
          ? [
              ...pageOps,
              {
                kind: 'text',
                x: margin,
                y: height - margin + 6,
                size: 8,
                weight: 'regular',
                color: palette.muted,
                text: toDrawableText(footer),
              },
            ]
          : pageOps;
        return { width, height, ops: withFooter };
      });
    },
  };
}
