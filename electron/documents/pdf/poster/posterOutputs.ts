/** The four outputs of the poster studio: print-shop PDF, home-printer tiles, tent card, A5 card. */
import type { PosterContent } from '../../../../shared/domain/posterContent';
import type { PosterFit } from '../../../../shared/domain/posterFit';
import { paperSize, planTiles, printGeometry, tentFaceSize, type SizeMm, type TilePlan, type TileSheet } from '../../../../shared/domain/posterSizes';
import { renderPdf } from '../pdfmake';
import { cardSize, renderCards } from './deskCards';
import { composeA5Cards, composeTentCard } from './deskStand';
import { finishPrintShop, loadPdf } from './finish';
import { familyOf, renderPosterPage, type FontSource, type PosterStyle } from './renderPoster';
import { composeTiles } from './tiles';
import { tileSheetsDoc } from './tileSheetsDoc';

export type PosterOutput =
  | { kind: 'print'; size: SizeMm; bleedMm: number; hasCropMarks: boolean }
  | { kind: 'tiles'; size: SizeMm; sheet: TileSheet; overlapMm: number }
  | { kind: 'deskTent' }
  | { kind: 'deskA5'; isLandscape: boolean };

export interface PosterPdf {
  bytes: Uint8Array;
  pages: number;
  fit: PosterFit;
  plan?: TilePlan;
}

export async function makePosterPdf(content: PosterContent, style: PosterStyle, fonts: FontSource, output: PosterOutput): Promise<PosterPdf> {
  switch (output.kind) {
    case 'print': {
      const { pdf, fit } = await renderPosterPage(content, style, fonts, output.size, output.bleedMm);
      const bytes = await finishPrintShop(pdf, printGeometry(output.size, output.bleedMm, output.hasCropMarks));
      return { bytes, pages: 1, fit };
    }
    case 'tiles': {
      const plan = planTiles(output.size, output.sheet, output.overlapMm);
      const { pdf, fit } = await renderPosterPage(content, style, fonts, output.size, 0);
      const { family, extra } = familyOf(style.font === 'times' ? 'times' : 'sans', fonts);
      const sheets = await loadPdf(await renderPdf(tileSheetsDoc(plan, content.title, family), fonts.fontsDir, extra));
      const bytes = await composeTiles(pdf, sheets, plan);
      return { bytes, pages: plan.tiles.length + 1, fit, plan };
    }
    case 'deskTent': {
      const { faces, fit } = await renderCards(content, style, fonts, cardSize(tentFaceSize()));
      return { bytes: await composeTentCard(faces, content.title), pages: faces.length, fit };
    }
    case 'deskA5': {
      const { faces, fit } = await renderCards(content, style, fonts, cardSize(paperSize('A5', output.isLandscape)));
      return { bytes: await composeA5Cards(faces, content.title, output.isLandscape), pages: faces.length, fit };
    }
  }
}
