/**
 * Reads a filled scorecard back: checks it is one of ours (meta sheet, structure hash against the sheets'
 * actual headings and codes) and returns the input cells. A foreign or tampered file gets a clear reason.
 */
import type ExcelJS from 'exceljs';
import { plainCellValue, readWorkbook } from './readWorkbook';
import { META_SHEET, SCORECARD_FORMAT, structureHash, type StructureInfo } from './scorecardModel';
import { colLetter } from './scorecardSheet';

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
  code: string;
  /** One per criterion id, in order. */
  inputs: ReadCell[];
  remark: ReadCell;
}

export interface ReadScorecard {
  info: StructureInfo;
  sheets: { name: string; rows: ReadRow[] }[];
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

const TAMPERED = 'Tệp bảng chấm điểm đã bị thay đổi cấu trúc (thêm, bớt, đổi chỗ dòng, cột hoặc trang tính). Hãy xuất lại bảng mới từ chương trình và điền vào đó.';

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
  const sheets = info.sheets.map((s) => {
    const sheet = workbook.getWorksheet(s.name);
    if (!sheet) throw new ForeignScorecardError(TAMPERED);
    const headings = s.headings.map((_h, i) => String(plainCellValue(sheet.getCell(s.headerRow, i + 1)) ?? ''));
    const codes = s.codes.map((_c, i) => String(plainCellValue(sheet.getCell(s.headerRow + 1 + i, 2)) ?? ''));
    const next = plainCellValue(sheet.getCell(s.headerRow + 1 + s.codes.length, 2));
    if (headings.join('|') !== s.headings.join('|') || codes.join('|') !== s.codes.join('|') || (next !== null && s.codes.length > 0)) throw new ForeignScorecardError(TAMPERED);
    const remarkCol = s.headings.length;
    const rows = s.codes.map((code, i): ReadRow => {
      const r = s.headerRow + 1 + i;
      const inputs = info.isRollup ? [] : info.criteria.map((_id, k) => ({ cell: `${colLetter(5 + k)}${r}`, value: plainCellValue(sheet.getCell(r, 5 + k)) }));
      return { code, inputs, remark: { cell: `${colLetter(remarkCol)}${r}`, value: plainCellValue(sheet.getCell(r, remarkCol)) } };
    });
    return { name: s.name, rows };
  });
  return { info, sheets };
}
