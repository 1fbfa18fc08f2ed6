import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import type { FontWeight } from './display-list.js';

// pdf-lib declares `for` with the standard-fonts package's own enum; the values are the same
// font names as `StandardFonts`.
type FontName = Parameters<typeof StandardFontEmbedder.for>[0];
const embedders = {
  regular: StandardFontEmbedder.for(StandardFonts.Helvetica as string as FontName),
  bold: StandardFontEmbedder.for(StandardFonts.HelveticaBold as string as FontName),
} as const;

/** Characters outside WinAnsi that have a faithful stand-in. */
const standIns: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2248': '~',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2033': '"',
  '\u2032': "'",
};

/**
 * The text reduced to what the documents' fonts can draw. The PDFs use the standard
 * Helvetica (WinAnsi: é, ë, ï, ü, ’, – and „ ” are all there); any other character becomes
 * its closest stand-in or its letter without accents ('ł' → 'l'), and only failing that '?'.
 * Control characters become spaces, so text from the database can never break the layout.
 *
 * @example toDrawableText('Zorggroep Łódź — “open, tenzij”') // 'Zorggroep Lódz — “open, tenzij”'
 */
export function toDrawableText(text: string): string {
  const encoding = embedders.regular.encoding;
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      out += ' ';
    } else if (encoding.canEncodeUnicodeCodePoint(code)) {
      out += char;
    } else if (standIns[char] !== undefined) {
      out += standIns[char];
    } else {
      const base = char
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[łŁđĐħĦ]/g, (c) => ({ ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H' })[c] ?? c);
      const drawable = [...base].every((c) =>
        encoding.canEncodeUnicodeCodePoint(c.codePointAt(0) ?? 0),
      );
      out += drawable && base !== '' ? base : '?';
    }
  }
  return out;
}

/** Measures a line of text: its width at `size` in the units of the page. */
export type MeasureText = (text: string, size: number, weight: FontWeight) => number;

/**
 * The width of a line of (drawable) text at `size` by the standard Helvetica's metrics, the
 * face of the PDFs. The PNG card is drawn in DejaVu Sans and measured with its own metrics
 * (`cardTextWidth` in `render/card-fonts.ts`), passed as `measure`.
 *
 * @example textWidth('13.00–14.00 uur', 12, 'regular') // ≈ 84
 */
export function textWidth(
  text: string,
  size: number,
  weight: FontWeight,
  measure: MeasureText = helveticaWidth,
): number {
  return measure(text, size, weight);
}

/** Helvetica's widths (the PDFs' standard font). */
export const helveticaWidth: MeasureText = (text, size, weight) =>
  embedders[weight].widthOfTextAtSize(text, size);

function splitLongWord(
  word: string,
  size: number,
  weight: FontWeight,
  max: number,
  measure: MeasureText,
): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of word) {
    if (current !== '' && measure(current + char, size, weight) > max) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * Wraps a paragraph into lines no wider than `maxWidth`, breaking at spaces (and inside a
 * word only when the word alone is too wide, such as a long web address). Line breaks in
 * the text are kept. The text is made drawable first ({@link toDrawableText}). `measure`
 * defaults to Helvetica's widths.
 *
 * @example wrapText('Een uur sparren, improviseren en samen zoeken.', 10, 'regular', 100)
 * // ['Een uur sparren,', 'improviseren en samen', 'zoeken.']
 */
export function wrapText(
  text: string,
  size: number,
  weight: FontWeight,
  maxWidth: number,
  measure: MeasureText = helveticaWidth,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = toDrawableText(paragraph).split(/ +/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate, size, weight) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = splitLongWord(word, size, weight, maxWidth, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}
