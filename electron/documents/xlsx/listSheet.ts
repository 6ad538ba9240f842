/** A printable list sheet: ND 30 header, a bordered Times New Roman table, widths from content, A4 landscape. */
import type ExcelJS from 'exceljs';
import { excelLib } from './excelLib';
import { FONT, a4PageSetup, fitColumnWidths, nd30HeaderRow, writeNd30Header } from './nd30Sheet';

export interface ListColumn<R> {
  heading: string;
  value: (row: R, index: number) => ExcelJS.CellValue;
  isDate?: boolean;
  /** Text format (@): digits such as a Số CCCD keep their leading zeros when edited and re-imported. */
  isText?: boolean;
  isWrapped?: boolean;
  maxWidth?: number;
}

export interface ListSheet<R> {
  sheetName: string;
  title: string;
  subtitle?: string;
  wardName: string;
  date: Date;
  columns: ListColumn<R>[];
  rows: R[];
  /** Columns kept in view when scrolling sideways (e.g. STT, code, name). */
  frozenColumns?: number;
  verticalAlignment?: 'top' | 'middle';
}

/** Body text size: at the smallest print scale (84 %) it prints at 10 pt. */
const BODY_PT = 12;

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export async function buildListWorkbook<R>(spec: ListSheet<R>): Promise<Uint8Array> {
  const workbook = new (await excelLib()).Workbook();
  workbook.creator = 'Ward Conduct';
  workbook.created = spec.date;
  const sheet = workbook.addWorksheet(spec.sheetName);
  const header = { wardName: spec.wardName, title: spec.title, subtitle: spec.subtitle, date: spec.date };
  // The table first, so the header can span the columns that print on the first page.
  const headerRow = nd30HeaderRow(header);
  const head = sheet.getRow(headerRow);
  spec.columns.forEach((column, c) => {
    const cell = head.getCell(c + 1);
    cell.value = column.heading;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  head.height = 32;
  spec.rows.forEach((row, i) => {
    const line = sheet.getRow(headerRow + 1 + i);
    spec.columns.forEach((column, c) => {
      const cell = line.getCell(c + 1);
      cell.value = column.value(row, i);
      cell.font = { name: FONT, size: BODY_PT };
      cell.border = BORDER;
      cell.alignment = { vertical: spec.verticalAlignment ?? 'middle', wrapText: column.isWrapped === true };
      if (column.isDate) cell.numFmt = 'dd/mm/yyyy';
      if (column.isText) cell.numFmt = '@';
    });
  });
  fitColumnWidths(sheet, headerRow);
  spec.columns.forEach((column, c) => {
    const target = sheet.getColumn(c + 1);
    if (column.maxWidth && (target.width ?? 0) > column.maxWidth) target.width = column.maxWidth;
  });
  const frozen = spec.frozenColumns ?? 0;
  sheet.views = [frozen > 0 ? { state: 'frozen', ySplit: headerRow, xSplit: frozen, topLeftCell: `${String.fromCharCode(65 + frozen)}${headerRow + 1}` } : { state: 'frozen', ySplit: headerRow }];
  const plan = a4PageSetup(sheet, 'landscape', headerRow, BODY_PT, frozen);
  writeNd30Header(sheet, spec.columns.length, header, plan.firstPageColumns, plan.fitsWidth || frozen === 0 ? 1 : frozen + 1);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
