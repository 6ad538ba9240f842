/**
 * How a sheet prints, for every exported workbook: ND 30 margins, the page number at the top centre
 * from page 2, a scale that never prints the body below MIN_PRINTED_PT (a table too wide for that is
 * split across pages with its identity columns repeated as print titles), and a page break that
 * keeps the signature block with the last rows of the table.
 */
import type ExcelJS from 'exceljs';
import { ND30_MARGINS_MM, ND30_SIZES } from '../../../shared/domain/nd30Layout';

export type Orientation = 'portrait' | 'landscape';

/** The smallest text size on paper that a ward office reads without strain, pt. */
export const MIN_PRINTED_PT = 10;

const MM_PER_IN = 25.4;
const A4_MM = { portrait: { width: 210, height: 297 }, landscape: { width: 297, height: 210 } };

/** Pixels (96 dpi) a column of width w prints as, in LibreOffice and Excel with Times New Roman. */
const PX_PER_CHAR = 9.5;
const columnMm = (width: number) => (PX_PER_CHAR * width + 5) * (MM_PER_IN / 96);

export function printableMm(orientation: Orientation): { width: number; height: number } {
  const m = ND30_MARGINS_MM;
  return { width: A4_MM[orientation].width - m.left - m.right, height: A4_MM[orientation].height - m.top - m.bottom };
}

/** The lowest scale (%) at which bodyPt still prints at MIN_PRINTED_PT or more. */
export function minScale(bodyPt: number): number {
  return Math.min(100, Math.ceil((MIN_PRINTED_PT / bodyPt) * 100));
}

export interface PrintPlan {
  /** Print scale, %: fits the width where it can, never below minScale(bodyPt). */
  scale: number;
  /** Whether every column fits one page's width at that scale. */
  fitsWidth: boolean;
  /** How many of the first columns fit the first page's width (the header and title span these). */
  firstPageColumns: number;
}

export function planPrint(widths: number[], orientation: Orientation, bodyPt: number): PrintPlan {
  const available = printableMm(orientation).width;
  const total = widths.reduce((sum, w) => sum + columnMm(w), 0);
  const fit = Math.floor((available / total) * 100);
  const scale = Math.max(minScale(bodyPt), Math.min(100, fit));
  let used = 0;
  let firstPageColumns = 0;
  for (const w of widths) {
    used += (columnMm(w) * scale) / 100;
    if (used > available) break;
    firstPageColumns += 1;
  }
  return { scale, fitsWidth: firstPageColumns === widths.length, firstPageColumns: Math.max(1, firstPageColumns) };
}

export interface PageSetupOptions {
  orientation: Orientation;
  /** The table's heading row, repeated at the top of every page. */
  headerRow: number;
  /** Identity columns (e.g. 3 = STT, Mã, Họ và tên) repeated on every page when the table is split across pages. */
  titleColumns?: number;
  plan: PrintPlan;
}

const inches = (mm: number) => Math.round((mm / MM_PER_IN) * 1000) / 1000;

/** A4 page setup with ND 30 margins (no exceljs fitToPage, which can produce files Excel repairs). */
export function nd30PageSetup(sheet: ExcelJS.Worksheet, options: PageSetupOptions): void {
  const m = ND30_MARGINS_MM;
  const isSplit = !options.plan.fitsWidth && (options.titleColumns ?? 0) > 0;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: options.orientation,
    margins: { left: inches(m.left), right: inches(m.right), top: inches(m.top), bottom: inches(m.bottom), header: inches(9), footer: inches(8) },
    horizontalCentered: options.plan.fitsWidth,
    printTitlesRow: `${options.headerRow}:${options.headerRow}`,
    ...(isSplit ? { printTitlesColumn: `A:${String.fromCharCode(64 + options.titleColumns!)}` } : {}),
    // A row's columns on consecutive pages: page 1 then its continuation to the right, then the next rows.
    pageOrder: 'overThenDown',
    scale: options.plan.scale,
  };
  // ND 30: the page number in Arabic figures at the top centre, from the second page on.
  sheet.headerFooter = { differentFirst: true, firstHeader: '', oddHeader: `&C&"Times New Roman"&${ND30_SIZES.pageNumber}&P` };
}

/** Row heights as printed (rows without a set height print at about defaultPt). */
export function rowHeights(sheet: ExcelJS.Worksheet, lastRow: number, defaultPt = 16): number[] {
  return Array.from({ length: lastRow }, (_, i) => sheet.getRow(i + 1).height ?? defaultPt);
}

/**
 * Where to break the pages so the signature block does not stand alone: walks the rows as the page
 * fills (the heading row repeated on every later page) and, when the signature would not fit under
 * the last row, returns the row after which to break so that the last `keep` rows go with it.
 */
export function signatureBreakAfter(heights: number[], headerRow: number, lastRow: number, signaturePt: number, pagePt: number, keep = 3): number | null {
  let used = 0;
  let pageStartRow = 1;
  for (let r = 1; r <= lastRow; r += 1) {
    const h = heights[r - 1] ?? 16;
    if (used + h > pagePt && r > pageStartRow) {
      used = (heights[headerRow - 1] ?? 16) + h;
      pageStartRow = r;
    } else used += h;
  }
  if (used + signaturePt <= pagePt) return null;
  const breakAfter = lastRow - keep;
  // Only a break on the last page helps; one before it would make that page fuller still.
  return breakAfter > headerRow && breakAfter >= pageStartRow ? breakAfter : null;
}

/** Adds the page break that keeps the signature block (signatureRows rows from signatureRow) with the last rows. */
export function keepSignatureWithTable(sheet: ExcelJS.Worksheet, options: { headerRow: number; lastRow: number; signatureRow: number; signatureRows: number; orientation: Orientation; scale: number }): number | null {
  const pagePt = ((printableMm(options.orientation).height / MM_PER_IN) * 72 * 100) / options.scale;
  const heights = rowHeights(sheet, options.signatureRow + options.signatureRows);
  const signaturePt = heights.slice(options.lastRow, options.signatureRow + options.signatureRows - 1).reduce((a, b) => a + b, 0);
  const after = signatureBreakAfter(heights, options.headerRow, options.lastRow, signaturePt, pagePt * 0.97);
  if (after !== null) sheet.getRow(after).addPageBreak();
  return after;
}
