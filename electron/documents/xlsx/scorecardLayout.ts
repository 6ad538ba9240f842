/** Print layout helpers for the scorecard: row heights from wrapped text, and the signatures (the page setup is printLayout's). */
import type ExcelJS from 'exceljs';
import { FONT, vietnameseDateLine } from './nd30Sheet';

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
  cell.font = { name: FONT, size: 13, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** Rows the signature block takes, with the space left for signing (and, on the summary, the chairman's name). */
export const SIGNATURE_ROWS = { unit: 9, summary: 10 } as const;

/**
 * The signature block under a table: "Người lập biểu" on the left, and "Thủ trưởng đơn vị" (unit sheets)
 * or "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (summary) on the right, with the place and date above it.
 */
export function writeSignatures(sheet: ExcelJS.Worksheet, row: number, columns: number, date: Date, wardName: string, kind: 'unit' | 'summary', chairman: string): void {
  const half = Math.max(2, Math.floor(columns / 2));
  put(sheet, row, half + 1, columns, vietnameseDateLine(wardName, date), { italic: true, size: 14 });
  put(sheet, row + 1, 1, half, 'NGƯỜI LẬP BIỂU', { bold: true });
  if (kind === 'unit') {
    put(sheet, row + 1, half + 1, columns, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  } else {
    put(sheet, row + 1, half + 1, columns, 'TM. ỦY BAN NHÂN DÂN', { bold: true });
    put(sheet, row + 2, half + 1, columns, 'CHỦ TỊCH', { bold: true });
  }
  put(sheet, row + 3, 1, half, '(Ký, ghi rõ họ tên)', { italic: true, size: 11 });
  put(sheet, row + 3, half + 1, columns, kind === 'unit' ? '(Ký, ghi rõ họ tên)' : '(Ký tên, đóng dấu)', { italic: true, size: 11 });
  // Space to sign: the rows under the captions are kept at a set height so the block prints the same everywhere.
  for (let r = row + 4; r < row + (kind === 'unit' ? SIGNATURE_ROWS.unit : SIGNATURE_ROWS.summary); r += 1) sheet.getRow(r).height = 16;
  if (kind === 'summary' && chairman) put(sheet, row + 8, half + 1, columns, chairman, { bold: true });
}
