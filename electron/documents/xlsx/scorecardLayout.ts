/** Print layout helpers for the scorecard: a scale that fits the width (instead of exceljs fitToPage) and the signatures. */
import type ExcelJS from 'exceljs';
import { FONT, vietnameseDateLine } from './nd30Sheet';

/** Printable width in mm of A4 with the sheet's margins (0.6 in + 0.4 in). */
/** Pixels per width unit as LibreOffice and Excel render Times New Roman sheets (measured in LibreOffice without Calibri; Excel with Calibri needs about 7, so Excel prints a little smaller). */
const PX_PER_CHAR = 9.5;

const PRINTABLE_MM = { landscape: 297 - 25.4, portrait: 210 - 25.4 };

/**
 * The print scale (10–100 %) at which the columns fit the page width. A column of width w prints
 * about 9,5w + 5 pixels at 96 dpi. This avoids fitToPage, which exceljs can write in a way Excel repairs.
 */
export function fitToWidthScale(widths: number[], orientation: 'landscape' | 'portrait'): number {
  const mm = widths.reduce((sum, w) => sum + (PX_PER_CHAR * w + 5), 0) * (25.4 / 96);
  return Math.max(10, Math.min(100, Math.floor((PRINTABLE_MM[orientation] / mm) * 100)));
}

/** Characters of Times New Roman 11 that fit in one width unit, kept low so a wrapped line is never underestimated. */
const CHARS_PER_UNIT = 1.1;
/** Points per printed line of 11-point text, and the padding of a row. */
const LINE_PT = 14.5;
const ROW_PADDING_PT = 4;
const MIN_ROW_PT = 18;

/** How many lines a text takes in a wrapped cell of the given width (explicit line breaks kept). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_UNIT));
  return text.split('\n').reduce((n, part) => {
    // Word wrap: a word never splits, so fill lines word by word.
    let lines = 1;
    let used = 0;
    for (const word of part.split(' ')) {
      const len = word.length;
      if (used > 0 && used + 1 + len > perLine) [lines, used] = [lines + 1, len];
      else used += (used > 0 ? 1 : 0) + len;
      while (used > perLine) [lines, used] = [lines + 1, used - perLine];
    }
    return n + lines;
  }, 0);
}

/**
 * The height (points) a row needs so every wrapped cell shows whole when printed: LibreOffice and Excel
 * keep the height written in the file and clip what does not fit, so it is set from the content.
 */
export function contentRowHeight(cells: { text: string; width: number }[]): number {
  const lines = cells.reduce((m, c) => Math.max(m, c.text ? wrappedLines(c.text, c.width) : 1), 1);
  return Math.max(MIN_ROW_PT, Math.ceil(lines * LINE_PT + ROW_PADDING_PT));
}

function put(sheet: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>): void {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/**
 * The signature block under a table: "Người lập biểu" on the left, and "Thủ trưởng đơn vị" (unit sheets)
 * or "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (summary) on the right, with the place and date above it.
 */
export function writeSignatures(sheet: ExcelJS.Worksheet, row: number, columns: number, date: Date, wardName: string, kind: 'unit' | 'summary', chairman: string): void {
  const half = Math.max(2, Math.floor(columns / 2));
  put(sheet, row, half + 1, columns, vietnameseDateLine(wardName, date), { italic: true });
  put(sheet, row + 1, 1, half, 'NGƯỜI LẬP BIỂU', { bold: true });
  if (kind === 'unit') {
    put(sheet, row + 1, half + 1, columns, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  } else {
    put(sheet, row + 1, half + 1, columns, 'TM. ỦY BAN NHÂN DÂN', { bold: true });
    put(sheet, row + 2, half + 1, columns, 'CHỦ TỊCH', { bold: true });
  }
  put(sheet, row + 3, 1, half, '(Ký, ghi rõ họ tên)', { italic: true, size: 11 });
  put(sheet, row + 3, half + 1, columns, kind === 'unit' ? '(Ký, ghi rõ họ tên)' : '(Ký tên, đóng dấu)', { italic: true, size: 11 });
  if (kind === 'summary' && chairman) put(sheet, row + 8, half + 1, columns, chairman, { bold: true });
}
