/**
 * Poster geometry, pure: paper sizes in millimetres, points, the print-shop page (trim + bleed +
 * a slug for crop marks) and the home-printer tiling plan (sheets at 100 % with overlap).
 */

export const MM_TO_PT = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * MM_TO_PT;
}

export const PAPER_SIZES = {
  A0: { width: 841, height: 1189 },
  A1: { width: 594, height: 841 },
  A2: { width: 420, height: 594 },
  A3: { width: 297, height: 420 },
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
} as const;

export type PaperName = keyof typeof PAPER_SIZES;
export const POSTER_PAPERS = ['A0', 'A1', 'A2', 'A3', 'A4'] as const satisfies readonly PaperName[];
export type PosterPaper = (typeof POSTER_PAPERS)[number];
export const TILE_SHEETS = ['A4', 'A3'] as const satisfies readonly PaperName[];
export type TileSheet = (typeof TILE_SHEETS)[number];

export interface SizeMm {
  width: number;
  height: number;
}

/** Custom sizes: from a business card to a large banner. */
export const CUSTOM_SIZE_LIMITS = { min: 90, max: 2000 } as const;

export function paperSize(name: PaperName, isLandscape = false): SizeMm {
  const { width, height } = PAPER_SIZES[name];
  return isLandscape ? { width: height, height: width } : { width, height };
}

/** The tent card: an A4 sheet folded in half across its height, each face half an A4 on its side. */
export function tentFaceSize(): SizeMm {
  const { width, height } = PAPER_SIZES.A4;
  return { width, height: height / 2 };
}

/** Print-shop marks sit in a slug outside the bleed: offset from the bleed edge, then the mark. */
export const CROP_MARK = { offsetMm: 2, lengthMm: 8 } as const;

export interface PrintGeometry {
  trim: SizeMm;
  bleedMm: number;
  /** Space outside the bleed for crop marks (0 when there are none). */
  slugMm: number;
  /** The full page (MediaBox) in mm. */
  media: SizeMm;
}

export function printGeometry(trim: SizeMm, bleedMm: number, hasCropMarks: boolean): PrintGeometry {
  const slugMm = hasCropMarks ? CROP_MARK.offsetMm + CROP_MARK.lengthMm : 0;
  return {
    trim,
    bleedMm,
    slugMm,
    media: { width: trim.width + 2 * (bleedMm + slugMm), height: trim.height + 2 * (bleedMm + slugMm) },
  };
}

/** One sheet of a tiled poster; rectangles in mm from the poster's top-left corner. */
export interface Tile {
  index: number;
  row: number;
  column: number;
  /** The part of the poster printed on this sheet (clipped to the poster). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TilePlan {
  poster: SizeMm;
  sheetName: TileSheet;
  sheet: SizeMm;
  isLandscapeSheet: boolean;
  /** Unprinted border of every sheet (home printers cannot print to the edge); holds marks and labels. */
  marginMm: number;
  overlapMm: number;
  rows: number;
  columns: number;
  tiles: Tile[];
}

export const DEFAULT_TILE_MARGIN_MM = 12;

function gridCount(length: number, usable: number, overlap: number): number {
  if (length <= usable) return 1;
  return Math.ceil((length - overlap) / (usable - overlap));
}

/** The fewest sheets (portrait or landscape) that cover the poster at 100 % with the overlap. */
export function planTiles(poster: SizeMm, sheetName: TileSheet, overlapMm: number, marginMm = DEFAULT_TILE_MARGIN_MM): TilePlan {
  const options = [false, true].map((isLandscapeSheet) => {
    const sheet = paperSize(sheetName, isLandscapeSheet);
    const usableW = sheet.width - 2 * marginMm;
    const usableH = sheet.height - 2 * marginMm;
    if (overlapMm < 0 || overlapMm >= Math.min(usableW, usableH) / 2) throw new RangeError(`overlap ${overlapMm} mm does not fit the sheet`);
    const columns = gridCount(poster.width, usableW, overlapMm);
    const rows = gridCount(poster.height, usableH, overlapMm);
    return { sheet, isLandscapeSheet, usableW, usableH, columns, rows };
  });
  const best = options.reduce((a, b) => (b.rows * b.columns < a.rows * a.columns ? b : a));
  const tiles: Tile[] = [];
  for (let row = 0; row < best.rows; row += 1) {
    for (let column = 0; column < best.columns; column += 1) {
      const x = column * (best.usableW - overlapMm);
      const y = row * (best.usableH - overlapMm);
      tiles.push({
        index: tiles.length + 1,
        row: row + 1,
        column: column + 1,
        x,
        y,
        width: Math.min(best.usableW, poster.width - x),
        height: Math.min(best.usableH, poster.height - y),
      });
    }
  }
  return {
    poster,
    sheetName,
    sheet: best.sheet,
    isLandscapeSheet: best.isLandscapeSheet,
    marginMm,
    overlapMm,
    rows: best.rows,
    columns: best.columns,
    tiles,
  };
}

/** "Tờ 3/8 — hàng 2, cột 1" */
export function tileLabel(tile: Tile, count: number): string {
  return `Tờ ${tile.index}/${count} — hàng ${tile.row}, cột ${tile.column}`;
}
