/** The ND 30/2020 header every exported sheet carries: issuing body, Quốc hiệu and Tiêu ngữ, place and date, title. */
import type ExcelJS from 'exceljs';

export const FONT = 'Times New Roman';

export interface Nd30Header {
  wardName: string;
  title: string;
  subtitle?: string;
  date: Date;
}

/** "Phường Hoàn Kiếm" → "Hoàn Kiếm", for the place in "Hoàn Kiếm, ngày … tháng … năm …". */
export function placeName(wardName: string): string {
  return wardName.replace(/^(phường|xã|thị trấn)\s+/i, '').trim() || wardName;
}

export function vietnameseDateLine(wardName: string, date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${placeName(wardName)}, ngày ${day} tháng ${month} năm ${date.getFullYear()}`;
}

function put(sheet: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>): void {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/**
 * Writes the header into rows 1–6 over `columns` columns; returns the first free row.
 * Left block: ỦY BAN NHÂN DÂN / PHƯỜNG …; right block: Quốc hiệu / Tiêu ngữ; then the date line and title.
 */
export function writeNd30Header(sheet: ExcelJS.Worksheet, columns: number, header: Nd30Header): number {
  const leftEnd = Math.max(2, Math.floor(columns * 0.4));
  const rightStart = leftEnd + 1;
  put(sheet, 1, 1, leftEnd, 'ỦY BAN NHÂN DÂN', { size: 12 });
  put(sheet, 2, 1, leftEnd, header.wardName.toUpperCase(), { bold: true, size: 12 });
  put(sheet, 1, rightStart, columns, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 });
  put(sheet, 2, rightStart, columns, 'Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13, underline: true });
  put(sheet, 3, rightStart, columns, vietnameseDateLine(header.wardName, header.date), { italic: true, size: 12 });
  put(sheet, 5, 1, columns, header.title.toUpperCase(), { bold: true, size: 14 });
  let next = 6;
  if (header.subtitle) {
    put(sheet, 6, 1, columns, header.subtitle, { italic: true, size: 12 });
    next = 7;
  }
  sheet.getRow(5).height = 24;
  return next + 1;
}

/** A4 page setup without exceljs fitToPage (which can produce files Excel repairs). */
export function a4PageSetup(sheet: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', headerRow: number): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    scale: 100,
  };
  sheet.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
}

/** Column widths from content: the longest text in each column, within bounds. */
export function fitColumnWidths(sheet: ExcelJS.Worksheet, fromRow: number, min = 5, max = 45): void {
  sheet.columns.forEach((column, index) => {
    let longest = min;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber < fromRow) return;
      const value = row.getCell(index + 1).value;
      const text = value instanceof Date ? '00/00/0000' : value === null || value === undefined ? '' : String(value);
      longest = Math.max(longest, Math.ceil(text.length * 1.1) + 2);
    });
    column.width = Math.min(max, longest);
  });
}
