/**
 * Desk stands with pdf-lib: the tent card is an A4 sheet with the face printed twice, the lower
 * half upright and the upper half turned 180°, so that both sides read upright once folded.
 */
import { PDFDocument, degrees, rgb } from 'pdf-lib';
import { PAPER_SIZES, mmToPt } from '../../../../shared/domain/posterSizes';

export async function composeTentCard(face: PDFDocument, title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  out.setTitle(`${title} — mẫu để bàn (gấp đôi)`);
  out.setCreator('Ward Conduct');
  out.setProducer('Ward Conduct (pdfmake, pdf-lib)');
  const width = mmToPt(PAPER_SIZES.A4.width);
  const height = mmToPt(PAPER_SIZES.A4.height);
  const page = out.addPage([width, height]);
  const embedded = await out.embedPage(face.getPage(0));
  // Front face: the lower half, upright.
  page.drawPage(embedded, { x: 0, y: 0, width, height: height / 2 });
  // Back face: the upper half, rotated 180° about its own corner (x, y) = the sheet's top-right.
  page.drawPage(embedded, { x: width, y: height, width, height: height / 2, rotate: degrees(180) });
  // The fold line, dashed, across the middle.
  page.drawLine({ start: { x: 0, y: height / 2 }, end: { x: width, y: height / 2 }, thickness: 0.6, color: rgb(0.45, 0.45, 0.45), dashArray: [6, 4] });
  page.setTrimBox(0, 0, width, height);
  page.setBleedBox(0, 0, width, height);
  return out.save();
}
