/**
 * A document page as a list of drawing operations, independent of the output format: the
 * PDF renderer and the PNG renderer draw the same list, so the invitation looks the same in
 * both and the layout code is written once.
 *
 * Coordinates have their origin at the top left; `y` of a text is its baseline. Units are
 * PDF points for A4 pages and pixels for the PNG card.
 */

/** An RGB colour, each channel 0–1. */
export type Rgb = readonly [number, number, number];

/** The two weights of the one font family the documents use (Helvetica / Liberation Sans). */
export type FontWeight = 'regular' | 'bold';

/** A filled rectangle. */
export type RectOp = {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: Rgb;
};

/** One line of text, already wrapped and reduced to characters the fonts can draw. */
export type TextOp = {
  readonly kind: 'text';
  readonly x: number;
  /** The baseline, from the top. */
  readonly y: number;
  readonly size: number;
  readonly weight: FontWeight;
  readonly color: Rgb;
  readonly text: string;
};

/** Anything drawn on a page. */
export type DrawOp = RectOp | TextOp;

/** One page: its size and what is drawn on it, in drawing order. */
export type Page = {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly DrawOp[];
};

/** A4 portrait in PDF points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/**
 * The house colours of the documents: a calm petrol green with warm accents, dark text with
 * a contrast of more than 7:1 on white (readable when printed in grey too).
 */
export const palette = {
  ink: [0.11, 0.14, 0.16],
  muted: [0.33, 0.37, 0.4],
  brand: [0.05, 0.36, 0.38],
  brandDark: [0.03, 0.25, 0.27],
  accent: [0.85, 0.45, 0.18],
  wash: [0.93, 0.96, 0.95],
  line: [0.8, 0.84, 0.84],
  white: [1, 1, 1],
  cancelled: [0.55, 0.16, 0.13],
} as const satisfies Record<string, Rgb>;

/**
 * All the text drawn on pages, in reading order: what a screen reader or `pdftotext` finds,
 * used for the PNG's text description and in tests.
 *
 * @example pagesText(pages).includes('maandag 7 april 2025') // true
 */
export function pagesText(pages: readonly Page[]): string {
  return pages
    .flatMap((page) => page.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])))
    .join('\n');
}
