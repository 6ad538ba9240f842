/** Reads a ward's roster sheet into raw rows: header found anywhere in the first 20 rows, or mapped by hand. */
import type ExcelJS from 'exceljs';
import { detectHeader, type ColumnMap, type HeaderMatch } from './rosterHeaders';
import { plainCellValue, readWorkbook, UnreadableWorkbookError } from './readWorkbook';

export type CellData = string | number | Date | boolean | null;

export interface RawRosterRow {
  /** Row number as Excel shows it. */
  rowNumber: number;
  cells: Record<string, CellData>;
  /** The group heading above this row ("I. Văn phòng HĐND-UBND"), when the sheet groups people by unit. */
  groupHeading: string | null;
}

export interface RosterSheet {
  sheetName: string;
  header: HeaderMatch;
  rows: RawRosterRow[];
  /** First rows' texts, for the manual mapping preview. */
  preview: (string | null)[][];
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

const GROUP_MARK = /^([IVXLC]+|[A-Z]|\d+)[.)]?$/;

/** A group heading row has text in at most two cells, the second looking like a unit name. */
function groupHeadingOf(cells: Record<string, CellData>, columns: ColumnMap): string | null {
  const filled = Object.entries(cells).filter(([, v]) => v !== null && v !== '');
  if (filled.length === 0 || filled.length > 2) return null;
  const seq = columns.seq !== undefined ? cells.seq : null;
  const name = cells.fullName;
  if (typeof name !== 'string') return null;
  if (filled.length === 2 && !(typeof seq === 'string' && GROUP_MARK.test(seq))) return null;
  if (filled.length === 1 && !/^([IVXLC]+|[A-Z])[.)]\s+/.test(name)) return null;
  return name.replace(/^([IVXLC]+|[A-Z])[.)]\s+/, '').trim();
}

export function readRosterSheet(sheet: ExcelJS.Worksheet, manualColumns?: ColumnMap, manualHeaderRow?: number): RosterSheet | null {
  const preview: (string | null)[][] = [];
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r += 1) preview.push(rowTexts(sheet, r));
  const detected = detectHeader(preview);
  const header: HeaderMatch | null = manualColumns
    ? { headerRow: manualHeaderRow ?? detected?.headerRow ?? 1, columns: manualColumns, headings: detected?.headings ?? [] }
    : detected;
  if (!header || header.columns.fullName === undefined) return null;
  const rows: RawRosterRow[] = [];
  let group: string | null = null;
  for (let r = header.headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: Record<string, CellData> = {};
    for (const [field, column] of Object.entries(header.columns)) {
      const cell = row.getCell(column);
      // A merged cell belongs to its first row only; rows below it must not repeat names or codes.
      const isRepeat = cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) !== r && field !== 'unit';
      cells[field] = isRepeat ? null : plainCellValue(cell);
    }
    if (Object.values(cells).every((v) => v === null)) continue;
    const heading = groupHeadingOf(cells, header.columns);
    if (heading) {
      group = heading;
      continue;
    }
    if (typeof cells.seq === 'string' && /^\(?\d+\)?$/.test(cells.seq) && Object.entries(cells).every(([k, v]) => k === 'seq' || v === null || /^\(?\d+\)?$/.test(String(v)))) {
      continue; // the "(1) (2) (3)" column-number row under the header
    }
    rows.push({ rowNumber: r, cells, groupHeading: group });
  }
  return { sheetName: sheet.name, header, rows, preview };
}

/** Reads the first sheet that holds a roster table. */
export async function readRoster(bytes: Uint8Array, manualColumns?: ColumnMap, manualHeaderRow?: number): Promise<RosterSheet> {
  const workbook = await readWorkbook(bytes);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && workbook.worksheets.length > 1) continue;
    const result = readRosterSheet(sheet, manualColumns, manualHeaderRow);
    if (result) return result;
  }
  throw new UnreadableWorkbookError('Không tìm thấy bảng danh sách cán bộ (cần có cột "Họ và tên" trong 20 dòng đầu). Hãy chọn cột bằng tay.');
}
