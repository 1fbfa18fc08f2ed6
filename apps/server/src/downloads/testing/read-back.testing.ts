import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What poppler reads back from a PDF: its text (layout kept) and its properties. */
export type PdfReadBack = { text: string; pages: number; pageSize: string; title: string };

function withTempFile<T>(
  bytes: Uint8Array,
  name: string,
  use: (file: string, dir: string) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), 'jamsessie-pdf-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads a PDF back with poppler-utils (`pdftotext -layout`, `pdfinfo`), as a reader would.
 *
 * @example const { text, pages } = readPdf(bytes); expect(text).toContain('maandag 7 april 2025');
 */
export function readPdf(bytes: Uint8Array): PdfReadBack {
  return withTempFile(bytes, 'document.pdf', (file) => {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1] ?? '';
    return {
      text,
      pages: Number(field('Pages')),
      pageSize: field('Page size'),
      title: field('Title'),
    };
  });
}

/**
 * Renders the first page of a PDF to PNG with `pdftoppm` (the picture a person would look at)
 * and returns its bytes; with `keepAs`, a copy is written there to look at after the run.
 */
export function renderFirstPage(bytes: Uint8Array, keepAs?: string): Buffer {
  return withTempFile(bytes, 'document.pdf', (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const png = readdirSync(dir).find((name) => name.endsWith('.png'));
    if (!png) throw new Error('pdftoppm wrote no image');
    const image = readFileSync(join(dir, png));
    if (keepAs) writeFileSync(keepAs, image);
    return image;
  });
}

/**
 * The size of a PNG from its header (IHDR), after checking the signature.
 *
 * @example readPngSize(png) // { width: 1200, height: 630 }
 */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
