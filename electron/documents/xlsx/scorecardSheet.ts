/**
 * One unit's sheet of the scorecard: ND 30 header, one row a person, live formulas for total (limits
 * and automatic deductions included), rating (IF on the bands) and rank, each with its cached result.
 */
import type ExcelJS from 'exceljs';
import { RATING_LABELS, type RatingBand } from '../../../shared/schema/criteria';
import { labelOfKey } from '../../../shared/domain/period';
import { UNSCORED_LABEL, ratingLabel } from '../../../shared/domain/scoreStatus';
import { FONT, nd30HeaderRow, writeNd30Header } from './nd30Sheet';
import { keepSignatureWithTable, nd30PageSetup, planPrint } from './printLayout';
import { LIST_SHEET, REMARKS, SHEET_PROTECTION_PASSWORD, type ScorecardModel, type ScorecardRow, type SheetStructure } from './scorecardModel';
import { SIGNATURE_ROWS, contentRowHeight, writeSignatures } from './scorecardLayout';

export interface WrittenSheet {
  structure: SheetStructure;
  firstRow: number;
  lastRow: number;
  totalCol: string;
  ratingCol: string;
}

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export function colLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** IF chain over the bands, highest first: the same rule as ratingForTotal. */
export function ratingFormula(totalRef: string, bands: RatingBand[]): string {
  const sorted = [...bands].sort((a, b) => b.minPoints - a.minPoints);
  const last = sorted[sorted.length - 1];
  let formula = `"${RATING_LABELS[last?.rating ?? 'fails']}"`;
  for (let i = sorted.length - 2; i >= 0; i -= 1) {
    const band = sorted[i];
    if (band) formula = `IF(${totalRef}>=${num(band.minPoints)},"${RATING_LABELS[band.rating]}",${formula})`;
  }
  return formula;
}

function headings(model: ScorecardModel): string[] {
  const middle = model.isRollup ? model.months.map((m) => `${labelOfKey(m)}`) : model.criteria.map((c) => `${c.name} (tối đa ${num(c.maxPoints)})`);
  return ['STT', 'Mã', 'Họ và tên', model.subjectLabel, ...middle, model.isRollup ? (model.rollupMethod === 'mean' ? 'Điểm bình quân' : 'Điểm tháng thấp nhất') : 'Tổng điểm', 'Xếp loại', 'Hạng', 'Trừ/cộng tự động', 'Buộc xếp loại', 'Ý kiến Hội đồng'];
}

function totalFormula(model: ScorecardModel, row: ScorecardRow, r: number, first: number, last: number): string {
  const range = `${colLetter(first)}${r}:${colLetter(last)}${r}`;
  if (model.isRollup) return `IF(COUNT(${range})=0,"",ROUND(${model.rollupMethod === 'mean' ? 'AVERAGE' : 'MIN'}(${range}),2))`;
  const parts = model.criteria.map((c, i) => {
    const ref = `${colLetter(first + i)}${r}`;
    const adj = row.adjustments[i] ?? 0;
    return adj === 0 ? ref : `MAX(0,MIN(${num(c.maxPoints)},${ref}${adj > 0 ? '+' : ''}${num(adj)}))`;
  });
  return `IF(COUNTBLANK(${range})>0,"",ROUND(${parts.join('+')},2))`;
}

function makeStyle(bold: boolean, horizontal: ExcelJS.Alignment['horizontal'], isInput = false): Partial<ExcelJS.Style> {
  return {
    font: { name: FONT, size: 11, bold },
    border: BORDER,
    alignment: { vertical: 'middle', horizontal, wrapText: true },
    ...(isInput ? { protection: { locked: false } } : {}),
  };
}

/** Shared style objects: exceljs writes far faster when cells share one style object than with one each. */
const STYLES = {
  head: makeStyle(true, 'center'),
  center: makeStyle(false, 'center'),
  left: makeStyle(false, 'left'),
  inputCenter: makeStyle(false, 'center', true),
  inputLeft: makeStyle(false, 'left', true),
};

/** exceljs keeps range validations in worksheet.dataValidations (not in its typings). */
function addValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

/** Body text of the scorecard, pt: at its smallest scale (91 %) it prints at 10 pt. */
const BODY_PT = 11;
/** Identity columns repeated on every page when the table is split across pages: STT, Mã, Họ và tên. */
const TITLE_COLUMNS = 3;

function columnWidths(model: ScorecardModel, heads: string[], rows: ScorecardRow[], first: number, last: number, cols: { totalC: number; ratingC: number; rankC: number; autoC: number; triggerC: number; remarkC: number }): number[] {
  const { totalC, ratingC, rankC, autoC, triggerC, remarkC } = cols;
  return heads.map((_h, i) => {
    const c = i + 1;
    if (c >= first && c <= last) return model.isRollup ? 9.5 : 11;
    if (c === totalC || c === rankC) return 9.5;
    const textOf = (row: ScorecardRow): string => ({ 2: row.code, 3: row.name, 4: row.position, [autoC]: row.autoNote, [triggerC]: row.trigger, [remarkC]: row.remark })[c] ?? '';
    const longest = rows.reduce((m, row) => Math.max(m, ...textOf(row).split('\n').map((line) => line.length)), 0);
    return Math.min(c === autoC ? 36 : c > autoC ? 30 : 32, Math.max(c === 1 ? 5 : 10, Math.ceil(longest * 1.05) + 2, c === ratingC ? 24 : 0));
  });
}

export function writeUnitSheet(sheet: ExcelJS.Worksheet, model: ScorecardModel, unitName: string, rows: ScorecardRow[]): WrittenSheet {
  const heads = headings(model);
  const header = { wardName: model.wardName, title: `Bảng chấm điểm thi đua — ${model.periodLabel}`, subtitle: `${unitName} — ${model.setName}`, date: model.date };
  const headerRow = nd30HeaderRow(header);
  const first = 5;
  const middleCount = model.isRollup ? model.months.length : model.criteria.length;
  const last = first + middleCount - 1;
  const [totalC, ratingC, rankC, autoC, triggerC, remarkC] = [0, 1, 2, 3, 4, 5].map((k) => last + 1 + k) as [number, number, number, number, number, number];
  const widths = columnWidths(model, heads, rows, first, last, { totalC, ratingC, rankC, autoC, triggerC, remarkC });
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const plan = planPrint(widths, 'landscape', BODY_PT);
  writeNd30Header(sheet, heads.length, header, plan.firstPageColumns, plan.fitsWidth ? 1 : TITLE_COLUMNS + 1);
  heads.forEach((text, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = text;
    cell.style = STYLES.head;
  });
  // Tall enough for every heading's wrapped lines (bold runs wider than the body the estimate is for).
  sheet.getRow(headerRow).height = contentRowHeight(heads.map((text, i) => ({ text, width: (widths[i] ?? 10) * 0.88 })));
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(rows.length, 1);
  const totalL = colLetter(totalC);
  rows.forEach((row, index) => {
    const r = firstRow + index;
    const line = sheet.getRow(r);
    const values: ExcelJS.CellValue[] = [index + 1, row.code, row.name, row.position];
    values.push(...(model.isRollup ? row.monthTotals : row.bases));
    const totalRef = `${totalL}${r}`;
    const forced = row.forcedRating ? `"${RATING_LABELS[row.forcedRating]}"` : `"${RATING_LABELS.fails}"`;
    values.push(
      { formula: totalFormula(model, row, r, first, last), result: row.total ?? '' },
      { formula: `IF(${totalRef}="","${UNSCORED_LABEL}",IF(${colLetter(triggerC)}${r}<>"",${forced},${ratingFormula(totalRef, model.bands)}))`, result: ratingLabel(row.rating) },
      { formula: `IF(${totalRef}="","",RANK(${totalRef},$${totalL}$${firstRow}:$${totalL}$${lastRow}))`, result: row.rank ?? '' },
      row.autoNote || null,
      row.trigger || null,
      row.remark || null,
    );
    line.values = values;
    line.eachCell({ includeEmpty: true }, (cell, c) => {
      const isLeft = c === 3 || c === 4 || c >= autoC;
      const isInput = (!model.isRollup && c >= first && c <= last) || c === remarkC;
      cell.style = isInput ? (isLeft ? STYLES.inputLeft : STYLES.inputCenter) : isLeft ? STYLES.left : STYLES.center;
    });
  });
  // One data validation per column range (per-cell validations made exceljs write overlapping ranges).
  if (rows.length > 0) {
    if (!model.isRollup) {
      model.criteria.forEach((cr, i) => {
        const col = colLetter(first + i);
        addValidation(sheet, `${col}${firstRow}:${col}${lastRow}`, {
          type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, cr.maxPoints], showErrorMessage: true,
          errorStyle: 'stop', errorTitle: 'Điểm không hợp lệ', error: `Điểm phải từ 0 đến ${num(cr.maxPoints)}.`,
        });
      });
    }
    const remarkCol = colLetter(remarkC);
    addValidation(sheet, `${remarkCol}${firstRow}:${remarkCol}${lastRow}`, { type: 'list', allowBlank: true, formulae: [`${LIST_SHEET}!$A$1:$A$${REMARKS.length}`], showErrorMessage: false });
  }
  // Wrapped text (names, the automatic deductions, the trigger, the remark) sets each row's height.
  rows.forEach((row, index) => {
    const texts: [number, string][] = [[3, row.name], [4, row.position], [autoC, row.autoNote], [triggerC, row.trigger], [remarkC, row.remark]];
    sheet.getRow(firstRow + index).height = contentRowHeight(texts.map(([c, text]) => ({ text, width: widths[c - 1] ?? 10 })));
  });
  const signatureRow = lastRow + 2;
  writeSignatures(sheet, signatureRow, Math.min(heads.length, plan.firstPageColumns), model.date, model.wardName, 'unit', model.chairman);
  sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: headerRow, topLeftCell: `D${firstRow}` }];
  nd30PageSetup(sheet, { orientation: 'landscape', headerRow, titleColumns: TITLE_COLUMNS, plan });
  keepSignatureWithTable(sheet, { headerRow, lastRow, signatureRow, signatureRows: SIGNATURE_ROWS.unit, orientation: 'landscape', scale: plan.scale });
  return { structure: { name: sheet.name, headerRow, headings: heads, codes: rows.map((r) => r.code) }, firstRow, lastRow, totalCol: totalL, ratingCol: colLetter(ratingC) };
}

export async function protectSheet(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect(SHEET_PROTECTION_PASSWORD, { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, spinCount: 1000 });
}
