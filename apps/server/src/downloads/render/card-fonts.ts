import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { FontWeight } from '../layout/display-list.js';
import type { MeasureText } from '../layout/text-metrics.js';

const require = createRequire(import.meta.url);

/** The family the PNG card is drawn in: DejaVu Sans, shipped as an npm dependency. */
export const CARD_FONT_FAMILY = 'DejaVu Sans';

/**
 * The card's font files (from `dejavu-fonts-ttf`), so the PNG looks the same on every machine
 * and never depends on the fonts the operating system happens to have.
 */
export const CARD_FONT_FILES: Readonly<Record<FontWeight, string>> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

let faces: Record<FontWeight, Font> | undefined;

/**
 * Widths by DejaVu Sans' own metrics (with kerning, as the renderer shapes the text), so the
 * card's lines are wrapped to what the PNG actually draws. The faces are read once.
 *
 * @example cardTextWidth('maandag 7 april 2025', 36, 'bold') // ≈ 420
 */
export const cardTextWidth: MeasureText = (text, size, weight) => {
  faces ??= {
    regular: fontkit.create(readFileSync(CARD_FONT_FILES.regular)),
    bold: fontkit.create(readFileSync(CARD_FONT_FILES.bold)),
  };
  const face = faces[weight];
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size;
};
