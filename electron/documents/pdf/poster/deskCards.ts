/**
 * Desk stands readable at arm's length: the body never below DESK.minBodyPt. When the content does
 * not fit one card at that size it is split, at block boundaries and never right after a heading,
 * over as many cards as it needs ("thẻ 1/3", "thẻ 2/3" …) rather than shrunk. Each card's frame
 * keeps DESK.marginMm from the sheet's edges, outside most printers' unprintable margin.
 */
import type { PDFDocument } from 'pdf-lib';
import type { PosterContent } from '../../../../shared/domain/posterContent';
import { PosterOverflowError, fitPoster, type PosterFit } from '../../../../shared/domain/posterFit';
import type { SizeMm } from '../../../../shared/domain/posterSizes';
import { fitSetup, renderPosterPage, type FontSource, type PosterStyle } from './renderPoster';

export const DESK = { minBodyPt: 14, marginMm: 10 } as const;

/** The card inside a sheet (or half sheet) with the printable margin on every side. */
export function cardSize(sheet: SizeMm): SizeMm {
  return { width: sheet.width - 2 * DESK.marginMm, height: sheet.height - 2 * DESK.marginMm };
}

function fits(content: PosterContent, style: PosterStyle, fonts: FontSource, card: SizeMm): boolean {
  const { target, measurer } = fitSetup(style, fonts, card);
  try {
    fitPoster(content, target, measurer, { minSize: DESK.minBodyPt });
    return true;
  } catch (error) {
    if (error instanceof PosterOverflowError) return false;
    throw error;
  }
}

const isHeading = (kind: string) => kind === 'chapter' || kind === 'article' || kind === 'listHeading';

/**
 * A card of a set: the first keeps the whole header and the excerpt note; the next ones, which say
 * "thẻ 2/3", leave out the Quốc hiệu and the note so that the rules get the room.
 */
function withCard(content: PosterContent, blocks: PosterContent['blocks'], label: string, isFirst: boolean): PosterContent {
  const { excerptNote, ...rest } = content;
  return { ...rest, ...(isFirst && excerptNote ? { excerptNote } : {}), subtitle: content.subtitle ? `${content.subtitle} — ${label}` : label, blocks };
}

const cardStyle = (style: PosterStyle, isFirst: boolean): PosterStyle => ({ ...style, isCompact: true, ...(isFirst ? {} : { hasNationalHeader: false }) });

export interface Card {
  content: PosterContent;
  style: PosterStyle;
}

/** The content split over cards, each fitting at DESK.minBodyPt. */
export function splitIntoCards(content: PosterContent, style: PosterStyle, fonts: FontSource, card: SizeMm): Card[] {
  if (fits(content, cardStyle(style, true), fonts, card)) return [{ content, style: cardStyle(style, true) }];
  const chunks: PosterContent['blocks'][] = [];
  let start = 0;
  while (start < content.blocks.length) {
    const isFirst = start === 0;
    const fitsUpTo = (end: number) => fits(withCard(content, content.blocks.slice(start, end), 'thẻ 99/99', isFirst), cardStyle(style, isFirst), fonts, card);
    if (!fitsUpTo(start + 1)) throw new PosterOverflowError('A single paragraph does not fit a desk card at the readable size.');
    let lo = start + 1;
    let hi = content.blocks.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fitsUpTo(mid)) lo = mid;
      else hi = mid - 1;
    }
    let end = lo;
    // A heading goes to the next card with what follows it, unless the card would then hold headings only.
    let trimmed = end;
    while (trimmed < content.blocks.length && trimmed - start > 1 && isHeading(content.blocks[trimmed - 1]!.kind)) trimmed -= 1;
    if (content.blocks.slice(start, trimmed).some((b) => !isHeading(b.kind))) end = trimmed;
    chunks.push(content.blocks.slice(start, end));
    start = end;
  }
  return chunks.map((blocks, i) => ({ content: withCard(content, blocks, `thẻ ${i + 1}/${chunks.length}`, i === 0), style: cardStyle(style, i === 0) }));
}

/** Every card rendered at its size (trim = card, no bleed), with the smallest body size of them. */
export async function renderCards(content: PosterContent, style: PosterStyle, fonts: FontSource, card: SizeMm): Promise<{ faces: PDFDocument[]; fit: PosterFit }> {
  const faces: PDFDocument[] = [];
  let smallest: PosterFit | null = null;
  for (const part of splitIntoCards(content, style, fonts, card)) {
    const { pdf, fit } = await renderPosterPage(part.content, part.style, fonts, card, 0, DESK.minBodyPt);
    faces.push(pdf);
    if (!smallest || fit.spec.bodySize < smallest.spec.bodySize) smallest = fit;
  }
  return { faces, fit: smallest! };
}
