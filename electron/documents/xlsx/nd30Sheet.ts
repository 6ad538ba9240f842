/** The ND 30/2020 header every exported sheet carries: issuing body, Quốc hiệu and Tiêu ngữ, place and date, title. */
import type ExcelJS from 'exceljs';
import { MOTTO, NATIONAL_NAME, ND30_FONT_NAME, ND30_SIZES, dateLineText, issuerLines, placeName, ruleLengths } from '../../../shared/domain/nd30Layout';
import { textWidth } from '../pdf/nd30Blocks';
import { nd30PageSetup, planPrint, type PrintPlan } from './printLayout';

export const FONT = ND30_FONT_NAME;

export interface Nd30Header {
  wardName: string;
  title: string;
  subtitle?: string;
  date: Date;
}

export { placeName };

export function vietnameseDateLine(wardName: string, date: Date): string {
  return dateLineText(wardName, date);
}

function put(sheet: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>): void {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** The rule under the issuing body (a third to a half of its line, ND 30 Phụ lục I) as em dashes, which join in Times New Roman. */
export function issuerRule(wardName: string): string {
  const [parent, ward] = issuerLines(wardName);
  const width = Math.max(textWidth(parent, ND30_SIZES.issuer, true), textWidth(ward, ND30_SIZES.issuer, true));
  return '\u2014'.repeat(Math.max(3, Math.round(ruleLengths(width, 0).issuer / ND30_SIZES.issuer)));
}

/**
 * Writes the header into rows 1–6 over `columns` columns (or only the first `span` of them, the
 * ones on the first printed page; the title from column `titleFrom`); returns the first free row, the same as before: 7, or 8 with a
 * subtitle. Left: ỦY BAN NHÂN DÂN / PHƯỜNG … in bold with its short rule; right: Quốc hiệu, Tiêu
 * ngữ underlined (a rule as long as it), the italic date line; then the title.
 */
export function writeNd30Header(sheet: ExcelJS.Worksheet, columns: number, header: Nd30Header, span = columns, titleFrom = 1): number {
  const width = Math.max(3, Math.min(columns, span));
  const s = ND30_SIZES;
  const [parent, ward] = issuerLines(header.wardName);
  const leftEnd = issuerColumns(sheet, width, Math.max(textWidth(parent, s.issuer, true), textWidth(ward, s.issuer, true)), textWidth(NATIONAL_NAME, s.nationalName, true));
  const rightStart = leftEnd + 1;
  put(sheet, 1, 1, leftEnd, parent, { bold: true, size: s.issuer });
  put(sheet, 2, 1, leftEnd, ward, { bold: true, size: s.issuer });
  put(sheet, 3, 1, leftEnd, issuerRule(header.wardName), { size: s.issuer });
  put(sheet, 1, rightStart, width, NATIONAL_NAME, { bold: true, size: s.nationalName });
  put(sheet, 2, rightStart, width, MOTTO, { bold: true, size: s.motto, underline: true });
  put(sheet, 3, rightStart, width, vietnameseDateLine(header.wardName, header.date), { italic: true, size: s.dateLine });
  // titleFrom > 1 when the identity columns repeat on later pages: the title then stays off them, so
  // those pages do not print a clipped piece of it.
  const from = Math.min(Math.max(1, titleFrom), width - 1);
  put(sheet, 5, from, width, header.title.toLocaleUpperCase('vi'), { bold: true, size: s.title });
  let next = 6;
  if (header.subtitle) {
    put(sheet, 6, from, width, header.subtitle, { italic: true, size: 12 });
    next = 7;
  }
  // Each header line gets the height of the lines it wraps to (a long ward name on a narrow sheet).
  const leftPt = spanWidthPt(sheet, 1, leftEnd);
  const rightPt = spanWidthPt(sheet, rightStart, width);
  const lines = (text: string, size: number, bold: boolean, spanPt: number) => Math.max(1, Math.ceil((textWidth(text, size, bold) * 1.05) / spanPt));
  sheet.getRow(1).height = 19 * Math.max(lines(parent, s.issuer, true, leftPt), lines(NATIONAL_NAME, s.nationalName, true, rightPt));
  sheet.getRow(2).height = 19 * Math.max(lines(ward, s.issuer, true, leftPt), lines(MOTTO, s.motto, true, rightPt));
  sheet.getRow(3).height = 19 * lines(vietnameseDateLine(header.wardName, header.date), s.dateLine, false, rightPt);
  // The title wraps inside its span rather than run off the first page.
  const spanPt = spanWidthPt(sheet, from, width);
  const titleLines = Math.max(1, Math.ceil((textWidth(header.title.toLocaleUpperCase('vi'), s.title, true) * 1.05) / spanPt));
  sheet.getRow(5).height = 6 + 18 * titleLines;
  return next + 1;
}

/** Printed width in points of columns from..to (Excel's column width in characters → pixels → points). */
function spanWidthPt(sheet: ExcelJS.Worksheet, from: number, to: number): number {
  let sum = 0;
  for (let c = from; c <= to; c += 1) sum += (9.5 * (sheet.getColumn(c).width ?? 9) + 5) * 0.75;
  return sum;
}

/**
 * How many of the first columns the issuing body spans: the fewest whose width holds its longest line
 * (so "PHƯỜNG HOÀN KIẾM" stays on one line over a narrow STT column), while leaving the Quốc hiệu its
 * own line where the sheet is wide enough; never under two columns nor over width − 1.
 */
function issuerColumns(sheet: ExcelJS.Worksheet, width: number, issuerPt: number, nationalPt: number): number {
  const fallback = Math.max(2, Math.floor(width * 0.4));
  for (let k = 2; k < width; k += 1) {
    if (spanWidthPt(sheet, 1, k) < issuerPt * 1.1) continue;
    return spanWidthPt(sheet, k + 1, width) >= nationalPt * 1.05 ? k : fallback;
  }
  return fallback;
}

/** The row writeNd30Header returns, known before it is written (for sheets that size their columns first). */
export function nd30HeaderRow(header: Pick<Nd30Header, 'subtitle'>): number {
  return header.subtitle ? 8 : 7;
}

/** A4 page setup with ND 30 margins, fitted to the width where the body stays readable (see printLayout). */
export function a4PageSetup(sheet: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', headerRow: number, bodyPt = 12, titleColumns = 0): PrintPlan {
  const widths = sheet.columns.map((c) => c.width ?? 9);
  const plan = planPrint(widths, orientation, bodyPt);
  nd30PageSetup(sheet, { orientation, headerRow, titleColumns, plan });
  return plan;
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
