/**
 * Home-printer tiling with pdf-lib: the poster page (trim only, no bleed) is drawn at 100 % into
 * every sheet of the plan, clipped to the sheet's inner area, under the marks and labels of
 * tileSheetsDoc; page 1 gets a thumbnail over its assembly map.
 */
import { PDFArray, PDFName, clip, endPath, popGraphicsState, pushGraphicsState, rectangle } from 'pdf-lib';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { mmToPt, type TilePlan } from '../../../../shared/domain/posterSizes';
import { mapBox } from './tileSheetsDoc';

/** Moves the page's last content stream (the one just drawn) before the others, so it paints first. */
function moveLastStreamToBack(page: PDFPage): void {
  page.node.normalize();
  const contents = page.node.get(PDFName.of('Contents'));
  if (!(contents instanceof PDFArray) || contents.size() < 2) return;
  const last = contents.get(contents.size() - 1);
  contents.remove(contents.size() - 1);
  contents.insert(0, last);
}

export async function composeTiles(poster: PDFDocument, sheets: PDFDocument, plan: TilePlan): Promise<Uint8Array> {
  if (sheets.getPageCount() !== plan.tiles.length + 1) throw new Error(`tile sheets: ${sheets.getPageCount()} pages for ${plan.tiles.length} tiles`);
  const posterPage = poster.getPage(0);
  const posterW = mmToPt(plan.poster.width);
  const posterH = mmToPt(plan.poster.height);
  const embedded = await sheets.embedPage(posterPage);
  const sheetH = mmToPt(plan.sheet.height);
  const margin = mmToPt(plan.marginMm);

  const map = mapBox(plan);
  const first = sheets.getPage(0);
  // The thumbnail goes under the map's outlines and numbers (no blend mode, which hid white text
  // and red numbers on coloured frames): drawn normally, then its stream moved to the front.
  first.drawPage(embedded, { x: map.x, y: sheetH - map.y - map.height, width: map.width, height: map.height });
  moveLastStreamToBack(first);

  for (const tile of plan.tiles) {
    const page = sheets.getPage(tile.index);
    const w = mmToPt(tile.width);
    const h = mmToPt(tile.height);
    // The inner area, in PDF coordinates (origin bottom-left).
    const left = margin;
    const bottom = sheetH - margin - h;
    page.pushOperators(pushGraphicsState(), rectangle(left, bottom, w, h), clip(), endPath());
    // The poster's top-left corner goes to (margin − x, top of the area + y): 100 %, no scaling.
    page.drawPage(embedded, { x: left - mmToPt(tile.x), y: sheetH - margin + mmToPt(tile.y) - posterH, width: posterW, height: posterH });
    page.pushOperators(popGraphicsState());
  }
  sheets.setProducer('Ward Conduct (pdfmake, pdf-lib)');
  return sheets.save();
}
