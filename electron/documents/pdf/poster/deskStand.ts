/**
 * Desk stands with pdf-lib. The tent card: one A4 sheet a card, the face printed twice, the lower
 * half upright and the upper half turned 180°, so that both sides read upright once folded. The A5
 * card: one A5 page a card. Every face sits DESK.marginMm inside its sheet or half sheet, at 100 %.
 */
import { PDFDocument, degrees, rgb } from 'pdf-lib';
import { PAPER_SIZES, mmToPt } from '../../../../shared/domain/posterSizes';
import { DESK } from './deskCards';

function newDoc(title: string): Promise<PDFDocument> {
  return PDFDocument.create().then((out) => {
    out.setTitle(title);
    out.setCreator('Ward Conduct');
    out.setProducer('Ward Conduct (pdfmake, pdf-lib)');
    return out;
  });
}

export async function composeTentCard(faces: PDFDocument[], title: string): Promise<Uint8Array> {
  const out = await newDoc(`${title} — mẫu để bàn (gấp đôi)`);
  const width = mmToPt(PAPER_SIZES.A4.width);
  const height = mmToPt(PAPER_SIZES.A4.height);
  const margin = mmToPt(DESK.marginMm);
  const faceW = width - 2 * margin;
  const faceH = height / 2 - 2 * margin;
  for (const face of faces) {
    const page = out.addPage([width, height]);
    const embedded = await out.embedPage(face.getPage(0));
    // Front face: the lower half, upright.
    page.drawPage(embedded, { x: margin, y: margin, width: faceW, height: faceH });
    // Back face: the upper half, rotated 180° about its own corner, placed at the top-right margin.
    page.drawPage(embedded, { x: width - margin, y: height - margin, width: faceW, height: faceH, rotate: degrees(180) });
    // The fold line, dashed, across the middle.
    page.drawLine({ start: { x: 0, y: height / 2 }, end: { x: width, y: height / 2 }, thickness: 0.6, color: rgb(0.45, 0.45, 0.45), dashArray: [6, 4] });
    page.setTrimBox(0, 0, width, height);
    page.setBleedBox(0, 0, width, height);
  }
  return out.save();
}

export async function composeA5Cards(faces: PDFDocument[], title: string, isLandscape: boolean): Promise<Uint8Array> {
  const out = await newDoc(`${title} — mẫu để bàn A5`);
  const { width: w, height: h } = PAPER_SIZES.A5;
  const [width, height] = isLandscape ? [mmToPt(h), mmToPt(w)] : [mmToPt(w), mmToPt(h)];
  const margin = mmToPt(DESK.marginMm);
  for (const face of faces) {
    const page = out.addPage([width, height]);
    page.drawPage(await out.embedPage(face.getPage(0)), { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin });
    page.setTrimBox(0, 0, width, height);
    page.setBleedBox(0, 0, width, height);
  }
  return out.save();
}
