/**
 * Print-shop finishing with pdf-lib: TrimBox and BleedBox on the poster page and, when asked,
 * crop marks in a slug outside the bleed (the MediaBox then grows by the slug on every side).
 */
import { PDFDocument, cmyk, type PDFPage } from 'pdf-lib';
import { CROP_MARK, mmToPt, type PrintGeometry } from '../../../../shared/domain/posterSizes';

/** Registration colour (all four inks) so the marks appear on every printing plate. */
const REGISTRATION = cmyk(1, 1, 1, 1);

function drawCropMarks(page: PDFPage, slug: number, bleed: number, trimW: number, trimH: number): void {
  const offset = mmToPt(CROP_MARK.offsetMm);
  const length = mmToPt(CROP_MARK.lengthMm);
  const left = slug + bleed;
  const bottom = slug + bleed;
  const xs = [left, left + trimW];
  const ys = [bottom, bottom + trimH];
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.3, color: REGISTRATION });
  for (const [i, x] of xs.entries()) {
    const outward = i === 0 ? -1 : 1;
    const from = x + outward * (bleed + offset);
    for (const y of ys) line(from, y, from + outward * length, y);
  }
  for (const [i, y] of ys.entries()) {
    const outward = i === 0 ? -1 : 1;
    const from = y + outward * (bleed + offset);
    for (const x of xs) line(x, from, x, from + outward * length);
  }
}

/** Sets the boxes on a one-page poster rendered at trim + 2 × bleed, adds crop marks if asked. */
export async function finishPrintShop(pdf: PDFDocument, geometry: PrintGeometry): Promise<Uint8Array> {
  const page = pdf.getPage(0);
  const bleed = mmToPt(geometry.bleedMm);
  const slug = mmToPt(geometry.slugMm);
  const trimW = mmToPt(geometry.trim.width);
  const trimH = mmToPt(geometry.trim.height);
  const bleedW = trimW + 2 * bleed;
  const bleedH = trimH + 2 * bleed;
  if (slug > 0) {
    page.translateContent(slug, slug);
    // translateContent wraps the existing streams in `q … cm … Q`; resetPosition starts a new stream
    // after that Q, so the marks are drawn in page coordinates, not shifted by the slug.
    page.resetPosition();
    page.setMediaBox(0, 0, bleedW + 2 * slug, bleedH + 2 * slug);
    drawCropMarks(page, slug, bleed, trimW, trimH);
  }
  page.setCropBox(0, 0, bleedW + 2 * slug, bleedH + 2 * slug);
  page.setBleedBox(slug, slug, bleedW, bleedH);
  page.setTrimBox(slug + bleed, slug + bleed, trimW, trimH);
  pdf.setProducer('Ward Conduct (pdfmake, pdf-lib)');
  return pdf.save({ objectsPerTick: Infinity });
}

/** Loads a rendered PDF with pdf-lib; its metadata is kept as pdfmake wrote it. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
}
