import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { FontWeight, Page } from '../layout/display-list.js';

/** The document properties a PDF reader shows (title in the window bar, language for screen readers). */
export type PdfMeta = {
  readonly title: string;
  readonly subject: string;
  readonly keywords?: readonly string[];
};

/**
 * Draws pages into a PDF with the standard Helvetica (no font files needed, Dutch accents
 * included). The bytes depend only on the pages and the metadata: no creation date or random
 * id is written, so the same data gives the same file and the same ETag.
 *
 * @example const bytes = await renderPdf(schedulePages(data, 2025), { title: 'Jamsessies VVLG 2025', subject: '…' });
 */
export async function renderPdf(pages: readonly Page[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor('Radicale vernieuwing');
  doc.setCreator('Jamsessie');
  doc.setProducer('Jamsessie (pdf-lib)');
  doc.setLanguage('nl-NL');
  if (meta.keywords) doc.setKeywords([...meta.keywords]);
  const fonts: Record<FontWeight, PDFFont> = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  for (const page of pages) {
    const pdfPage = doc.addPage([page.width, page.height]);
    for (const op of page.ops) {
      if (op.kind === 'rect') {
        pdfPage.drawRectangle({
          x: op.x,
          y: page.height - op.y - op.height,
          width: op.width,
          height: op.height,
          color: rgb(...op.color),
        });
      } else {
        pdfPage.drawText(op.text, {
          x: op.x,
          y: page.height - op.y,
          size: op.size,
          font: fonts[op.weight],
          color: rgb(...op.color),
        });
      }
    }
  }
  return doc.save({ useObjectStreams: false });
}
