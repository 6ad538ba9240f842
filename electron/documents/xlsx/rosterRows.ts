/** Walks the rows under a roster header: people are returned, structure rows are counted by kind. */
import type ExcelJS from 'exceljs';
import type { ColumnMap, HeaderMatch } from './rosterHeaders';
import { plainCellValue } from './readWorkbook';
import {
  isColumnNumberRow,
  isFooterText,
  isGroupMark,
  isSampleText,
  numberedHeading,
  unitNameFromHeading,
  type StructureKind,
} from '../../../shared/domain/rosterStructure';

export type CellData = string | number | Date | boolean | null;

export interface RawRosterRow {
  /** Row number as Excel shows it. */
  rowNumber: number;
  sheetName: string;
  cells: Record<string, CellData>;
  /** The unit the layout gives this row: the group heading above it, or the sheet's name. */
  groupHeading: string | null;
}

export type StructureCounts = Record<StructureKind, number>;

interface RowCell {
  column: number;
  text: string;
  cell: ExcelJS.Cell;
}

/** Fields whose value may be merged down over the rows of a group (the unit of each). */
const MERGED_DOWN_FIELDS = new Set(['unit', 'category']);

/** A merged cell's value belongs to its top-left cell; others read empty, except values merged down a column where allowed. */
function cellValue(cell: ExcelJS.Cell, rowNumber: number, field: string | null): CellData {
  if (cell.isMerged && cell.master.address !== cell.address) {
    const isSameRow = Number(cell.master.row) === rowNumber;
    if (isSameRow || field === null || !MERGED_DOWN_FIELDS.has(field)) return null;
  }
  return plainCellValue(cell);
}

function isWideMaster(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): boolean {
  if (!cell.isMerged || cell.master.address !== cell.address) return false;
  const right = sheet.getCell(Number(cell.row), Number(cell.col) + 1);
  return right.isMerged && right.master.address === cell.address;
}

function rowCells(row: ExcelJS.Row, rowNumber: number, lastColumn: number): RowCell[] {
  const out: RowCell[] = [];
  for (let c = 1; c <= lastColumn; c += 1) {
    const cell = row.getCell(c);
    if (cell.value === null && !cell.isMerged) continue;
    const value = cellValue(cell, rowNumber, null);
    if (value === null || value === '') continue;
    out.push({ column: c, text: value instanceof Date ? value.toISOString().slice(0, 10) : String(value), cell });
  }
  return out;
}

/** Looks like a title: bold, or merged across columns. Asked only of rows with one or two texts. */
function isTitleCell(sheet: ExcelJS.Worksheet, { cell }: RowCell): boolean {
  return cell.font?.bold === true || isWideMaster(sheet, cell);
}

function hasSeqNumber(value: CellData): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^\d{1,5}\s*\.?$/.test(value.trim()));
}

/** The unit named by a group row, or null when the row is not a group heading. */
function groupHeadingOf(sheet: ExcelJS.Worksheet, cells: RowCell[], columns: ColumnMap): string | null {
  if (cells.length === 1) {
    const only = cells[0]!;
    const numbered = numberedHeading(only.text);
    if (numbered) return numbered; // "II. VĂN PHÒNG", "1. Lãnh đạo": no person's name starts with a number
    if (/\p{L}{2}/u.test(only.text) && !/^\d/.test(only.text) && isTitleCell(sheet, only)) return only.text;
    return null;
  }
  if (cells.length === 2) {
    const [first, second] = cells as [RowCell, RowCell];
    if (first.column !== columns.seq || !/\p{L}{2}/u.test(second.text)) return null;
    if (/^\d/.test(first.text) && !/[.)]$/.test(first.text.trim()) && !isTitleCell(sheet, second)) return null;
    return isGroupMark(first.text) ? second.text : null;
  }
  return null;
}

function isFooterRow(cells: RowCell[], fields: Record<string, CellData>, columns: ColumnMap): boolean {
  if (hasSeqNumber(fields.seq ?? null)) return false;
  const nameColumn = columns.fullName ?? columns.givenName;
  const nameCell = cells.find((c) => c.column === nameColumn);
  if (nameCell && !isFooterText(nameCell.text)) return false;
  return cells.some((c) => isFooterText(c.text));
}

export function emptyCounts(): StructureCounts {
  return { group: 0, footer: 0, blank: 0, sample: 0, columnNumbers: 0 };
}

export function classifySheetRows(sheet: ExcelJS.Worksheet, header: HeaderMatch, sheetUnit: string | null) {
  const skipped = emptyCounts();
  const rows: RawRosterRow[] = [];
  const groups: string[] = [];
  const columns = header.columns;
  const fieldColumns = Object.entries(columns).filter((e): e is [string, number] => typeof e[1] === 'number');
  const lastColumn = Math.max(sheet.columnCount, ...fieldColumns.map(([, c]) => c));
  let group: string | null = null;
  let pendingBlank = 0;
  let isFooter = false;
  for (let r = header.headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = rowCells(row, r, lastColumn);
    if (cells.length === 0) {
      pendingBlank += 1;
      continue;
    }
    if (isFooter) {
      skipped.footer += 1;
      continue;
    }
    skipped.blank += pendingBlank; // blank rows count only when something follows them
    pendingBlank = 0;
    const fields: Record<string, CellData> = {};
    for (const [field, column] of fieldColumns) fields[field] = cellValue(row.getCell(column), r, field);
    if (isFooterRow(cells, fields, columns)) {
      isFooter = true; // a footer ends the table: totals, signature block, the signers' names below
      skipped.footer += 1;
      continue;
    }
    if (isColumnNumberRow(cells.map((c) => c.text))) {
      skipped.columnNumbers += 1;
      continue;
    }
    if (cells.some((c) => (c.column === columns.seq || c.column === columns.notes || c === cells[0]) && isSampleText(c.text)) || isSampleText(String(fields.fullName ?? ''))) {
      skipped.sample += 1;
      continue;
    }
    const heading = groupHeadingOf(sheet, cells, columns);
    if (heading) {
      group = unitNameFromHeading(heading);
      if (!groups.includes(group)) groups.push(group);
      skipped.group += 1;
      continue;
    }
    if (Object.values(fields).every((v) => v === null || v === '')) {
      skipped.blank += 1; // text only in columns the table does not use
      continue;
    }
    rows.push({ rowNumber: r, sheetName: sheet.name, cells: fields, groupHeading: group ?? sheetUnit });
  }
  return { rows, skipped, groups };
}
