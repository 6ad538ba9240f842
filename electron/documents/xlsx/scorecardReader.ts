/**
 * Reads a filled scorecard back: checks it is one of ours (meta sheet, structure hash against the sheets'
 * actual headings and codes) and returns the input cells. A foreign or tampered file gets a clear reason.
 */
import type ExcelJS from 'exceljs';
import { plainCellValue, readWorkbook } from './readWorkbook';
import { LIST_SHEET, META_SHEET, SCORECARD_FORMAT, structureHash, type StructureInfo } from './scorecardModel';
import { colLetter } from './scorecardSheet';
import { isFooterText } from '../../../shared/domain/rosterStructure';

export class ForeignScorecardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForeignScorecardError';
  }
}

export interface ReadCell {
  cell: string;
  value: string | number | Date | boolean | null;
}

export interface ReadRow {
  /** The mã cán bộ as typed (upper case, spaces taken out); '' when the cell is empty. */
  code: string;
  /** The name as typed in the file (the unit head may have re-typed it). */
  name: string;
  rowNumber: number;
  /** One per criterion id, in order. */
  inputs: ReadCell[];
  remark: ReadCell;
}

export interface ReadScorecard {
  info: StructureInfo;
  sheets: { name: string; rows: ReadRow[] }[];
  /** What the reader had to tolerate (a renamed sheet, blank rows), for the person to read. */
  notices: { sheet: string; message: string }[];
}

function metaValues(sheet: ExcelJS.Worksheet): Map<string, string> {
  const map = new Map<string, string>();
  sheet.eachRow((row) => {
    const key = plainCellValue(row.getCell(1));
    const value = row.getCell(2).value;
    if (typeof key === 'string') map.set(key, value === null || value === undefined ? '' : String(value));
  });
  return map;
}

const TAMPERED = 'Tệp bảng chấm điểm đã bị thay đổi cấu trúc (thêm, bớt hoặc đổi chỗ cột, hoặc mất trang tính). Hãy xuất lại bảng mới từ chương trình và điền vào đó.';

const heading = (v: unknown) => String(v ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

function headingsMatch(sheet: ExcelJS.Worksheet, s: StructureInfo['sheets'][number]): boolean {
  return s.headings.every((h, i) => heading(plainCellValue(sheet.getCell(s.headerRow, i + 1))) === heading(h));
}

function isFooterRow(sheet: ExcelJS.Worksheet, r: number, lastCol: number): boolean {
  for (let c = 1; c <= lastCol; c += 1) {
    const value = plainCellValue(sheet.getCell(r, c));
    if (typeof value === 'string' && isFooterText(value)) return true;
  }
  return false;
}

/** Every row under the header that holds a code, a name or a value; blank rows are counted, not read. */
function readRows(sheet: ExcelJS.Worksheet, s: StructureInfo['sheets'][number], info: StructureInfo): { rows: ReadRow[]; blank: number } {
  const remarkCol = s.headings.length;
  const rows: ReadRow[] = [];
  let blank = 0;
  let pending = 0;
  for (let r = s.headerRow + 1; r <= sheet.rowCount; r += 1) {
    const code = heading(plainCellValue(sheet.getCell(r, 2))).replace(/\s+/g, '').toUpperCase();
    const name = heading(plainCellValue(sheet.getCell(r, 3)));
    if (isFooterRow(sheet, r, remarkCol)) break; // the date line and signatures under the table end it
    const inputs = info.isRollup ? [] : info.criteria.map((_id, k) => ({ cell: `${colLetter(5 + k)}${r}`, value: plainCellValue(sheet.getCell(r, 5 + k)) }));
    const remark = { cell: `${colLetter(remarkCol)}${r}`, value: plainCellValue(sheet.getCell(r, remarkCol)) };
    if (!code && !name && inputs.every((c) => c.value === null)) {
      pending += 1; // counted only when a row follows: trailing empty rows are not "in the table"
      continue;
    }
    blank += pending;
    pending = 0;
    rows.push({ code, name, rowNumber: r, inputs, remark });
  }
  return { rows, blank };
}

export async function readScorecard(bytes: Uint8Array): Promise<ReadScorecard> {
  const workbook = await readWorkbook(bytes);
  const metaSheet = workbook.getWorksheet(META_SHEET);
  const meta = metaSheet ? metaValues(metaSheet) : new Map<string, string>();
  if (meta.get('format') !== SCORECARD_FORMAT) throw new ForeignScorecardError('Tệp này không phải bảng chấm điểm do Ward Conduct xuất ra. Hãy dùng tệp đã xuất từ màn hình Thi đua.');
  let info: StructureInfo;
  try {
    info = JSON.parse(meta.get('structure') ?? '') as StructureInfo;
  } catch {
    throw new ForeignScorecardError(TAMPERED);
  }
  if (structureHash(info) !== meta.get('structureHash')) throw new ForeignScorecardError(TAMPERED);
  const notices: ReadScorecard['notices'] = [];
  const known = new Set(info.sheets.map((s) => s.name));
  // A sheet the unit head renamed is found by its column headings, among the sheets the export did not name.
  const spare = workbook.worksheets.filter((w) => !known.has(w.name) && w.name !== META_SHEET && w.name !== LIST_SHEET && w.state === 'visible');
  const sheets = info.sheets.map((s) => {
    let sheet = workbook.getWorksheet(s.name);
    if (!sheet) {
      sheet = spare.find((w) => headingsMatch(w, s));
      if (!sheet) throw new ForeignScorecardError(`Không thấy trang tính "${s.name}" trong tệp. ${TAMPERED}`);
      spare.splice(spare.indexOf(sheet), 1);
      notices.push({ sheet: sheet.name, message: `Trang tính "${s.name}" đã được đổi tên thành "${sheet.name}"; vẫn đọc theo tiêu đề cột.` });
    }
    if (!headingsMatch(sheet, s)) throw new ForeignScorecardError(`Trang tính "${sheet.name}": tiêu đề cột ở dòng ${s.headerRow} không đúng như khi xuất. ${TAMPERED}`);
    const { rows, blank } = readRows(sheet, s, info);
    if (blank > 0) {
      notices.push({ sheet: sheet.name, message: `Bỏ qua ${blank} dòng trống trong bảng.` });
    }
    return { name: sheet.name, rows };
  });
  return { info, sheets, notices };
}
