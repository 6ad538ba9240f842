/**
 * Home-printer tiling with pdf-lib: the poster page (trim only, no bleed) is drawn at 100 % into
 * every sheet of the plan, clipped to the sheet's inner area, under the marks and labels of
 * tileSheetsDoc; page 1 gets a thumbnail over its assembly map.
 */
import { BlendMode, clip, endPath, popGraphicsState, pushGraphicsState, rectangle } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { mmToPt, type TilePlan } from '../../../../shared/domain/posterSizes';
import { mapBox } from './tileSheetsDoc';

export async function composeTiles(poster: PDFDocument, sheets: PDFDocument, plan: TilePlan): Promise<Uint8Array> {
  if (sheets.getPageCount() !== plan.tiles.length + 1) throw new Error(`tile sheets: ${sheets.getPageCount()} pages for ${plan.tiles.length} tiles`);
  const posterPage = poster.getPage(0);
  const posterW = mmToPt(plan.poster.width);
  const posterH = mmToPt(plan.poster.height);
  const embedded = await sheets.embedPage(posterPage);
  const sheetH = mmToPt(plan.sheet.height);
  const margin = mmToPt(plan.marginMm);

  const map = mapBox(plan);
  sheets.getPage(0).drawPage(embedded, {
    x: map.x,
    y: sheetH - map.y - map.height,
    width: map.width,
    height: map.height,
    blendMode: BlendMode.Multiply,
  });

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
