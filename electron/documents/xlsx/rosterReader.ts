/**
 * Reads a ward's roster workbook into raw rows: on every visible sheet (notes and instruction
 * sheets left out) the header is found anywhere in the first 20 rows, or mapped by hand; rows
 * that are structure (groups, footers, blanks, samples) are counted, never returned as people.
 */
import type ExcelJS from 'exceljs';
import { detectHeader, type ColumnMap, type HeaderMatch } from './rosterHeaders';
import { plainCellValue, readWorkbook, UnreadableWorkbookError } from './readWorkbook';
import { classifySheetRows, type RawRosterRow, type StructureCounts } from './rosterRows';
import { isGenericSheetName, isNotesSheetName } from '../../../shared/domain/rosterStructure';

export type { CellData, RawRosterRow, StructureCounts } from './rosterRows';

export interface RosterSheet {
  sheetName: string;
  header: HeaderMatch;
  rows: RawRosterRow[];
  /** First rows' texts, for the manual mapping preview. */
  preview: (string | null)[][];
  /** Rows read as structure, by kind. */
  skipped: StructureCounts;
  /** Units named by the sheet: its group headings, or the sheet's own name when each sheet is a unit. */
  units: string[];
}

export interface IgnoredSheet {
  sheetName: string;
  reason: string;
}

export interface RosterBook {
  sheets: RosterSheet[];
  ignored: IgnoredSheet[];
}

function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number): (string | null)[] {
  const texts: (string | null)[] = [];
  const row = sheet.getRow(rowNumber);
  for (let c = 1; c <= sheet.columnCount; c += 1) {
    const value = plainCellValue(row.getCell(c));
    texts[c] = value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  return texts;
}

function previewOf(sheet: ExcelJS.Worksheet): (string | null)[][] {
  const preview: (string | null)[][] = [];
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r += 1) preview.push(rowTexts(sheet, r));
  return preview;
}

export function readRosterSheet(sheet: ExcelJS.Worksheet, manualColumns?: ColumnMap, manualHeaderRow?: number, sheetUnit: string | null = null): RosterSheet | null {
  const preview = previewOf(sheet);
  const detected = detectHeader(preview);
  const header: HeaderMatch | null = manualColumns
    ? { headerRow: manualHeaderRow ?? detected?.headerRow ?? 1, columns: manualColumns, headings: detected?.headings ?? [] }
    : detected;
  if (!header || (header.columns.fullName === undefined && header.columns.givenName === undefined)) return null;
  const { rows, skipped, groups } = classifySheetRows(sheet, header, sheetUnit);
  const units = groups.length > 0 ? groups : sheetUnit && header.columns.unit === undefined ? [sheetUnit] : [];
  return { sheetName: sheet.name, header, rows, preview, skipped, units };
}

/**
 * Reads every sheet that holds a roster table. When the workbook has several such sheets and a
 * sheet's name is not generic ("Sheet1", "Danh sách"), that name is the unit of its rows.
 */
export async function readRoster(bytes: Uint8Array, manualColumns?: ColumnMap, manualHeaderRow?: number): Promise<RosterBook> {
  const workbook = await readWorkbook(bytes);
  const ignored: IgnoredSheet[] = [];
  const candidates: { sheet: ExcelJS.Worksheet; header: HeaderMatch | null }[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && workbook.worksheets.length > 1) continue;
    if (isNotesSheetName(sheet.name)) {
      ignored.push({ sheetName: sheet.name, reason: 'trang hướng dẫn/ghi chú' });
      continue;
    }
    const header = manualColumns ? null : detectHeader(previewOf(sheet));
    if (!manualColumns && !header) {
      if (sheet.actualRowCount > 0) ignored.push({ sheetName: sheet.name, reason: 'không có bảng danh sách (không thấy cột "Họ và tên")' });
      continue;
    }
    candidates.push({ sheet, header });
    if (manualColumns) break; // a hand mapping describes one sheet: the first visible one
  }
  const isUnitPerSheet = candidates.length > 1;
  const sheets: RosterSheet[] = [];
  for (const { sheet } of candidates) {
    const sheetUnit = isUnitPerSheet && !isGenericSheetName(sheet.name) ? sheet.name.normalize('NFC').trim() : null;
    const read = readRosterSheet(sheet, manualColumns, manualHeaderRow, sheetUnit);
    if (read) sheets.push(read);
  }
  if (sheets.length === 0) {
    throw new UnreadableWorkbookError('Không tìm thấy bảng danh sách cán bộ (cần có cột "Họ và tên" trong 20 dòng đầu). Hãy chọn cột bằng tay.');
  }
  return { sheets, ignored };
}
