/** The summary sheet: one row a unit, live COUNTIF formulas over the unit sheets, and the 20 % check. */
import type ExcelJS from 'exceljs';
import { RATINGS, RATING_LABELS, RATING_SHORT, type Rating } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { FONT, nd30HeaderRow, writeNd30Header } from './nd30Sheet';
import { SIGNATURE_ROWS, contentRowHeight, writeSignatures } from './scorecardLayout';
import { keepSignatureWithTable, nd30PageSetup, planPrint } from './printLayout';
import type { ScorecardModel } from './scorecardModel';
import type { WrittenSheet } from './scorecardSheet';

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export function writeSummarySheet(sheet: ExcelJS.Worksheet, model: ScorecardModel, written: WrittenSheet[]): void {
  const cap = model.excellentCapOfGood;
  const heads = ['STT', 'Đơn vị', 'Số người', 'Đã chấm đủ', ...RATINGS.map((r) => `${RATING_SHORT[r]} (${RATING_LABELS[r]})`), UNSCORED_LABEL, cap === null ? 'Ghi chú' : `Kiểm tra tỷ lệ xuất sắc ≤ ${Math.round(cap * 100)}% tốt`];
  const header = { wardName: model.wardName, title: `Tổng hợp kết quả chấm điểm thi đua — ${model.periodLabel}`, subtitle: model.setName, date: model.date };
  const headerRow = nd30HeaderRow(header);
  // Narrow enough to print on one landscape page at 11 pt (headings wrap instead).
  const widths = [5, Math.min(28, Math.max(16, ...model.units.map((u) => u.name.length + 2))), 8, 9, 10, 10, 10, 10, 9, 14];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const plan = planPrint(widths, 'landscape', 11);
  writeNd30Header(sheet, heads.length, header, plan.firstPageColumns);
  heads.forEach((h, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  sheet.getRow(headerRow).height = contentRowHeight(heads.map((text, i) => ({ text, width: (widths[i] ?? 10) * 0.88 })));
  written.forEach((w, i) => {
    const r = headerRow + 1 + i;
    const rows = model.units[i]?.rows ?? [];
    const count = (rating: Rating) => rows.filter((x) => x.rating === rating).length;
    const totals = `'${w.structure.name}'!$${w.totalCol}$${w.firstRow}:$${w.totalCol}$${w.lastRow}`;
    const ratings = `'${w.structure.name}'!$${w.ratingCol}$${w.firstRow}:$${w.ratingCol}$${w.lastRow}`;
    const values: ExcelJS.CellValue[] = [i + 1, model.units[i]?.name ?? w.structure.name, rows.length, { formula: `COUNT(${totals})`, result: rows.filter((x) => x.total !== null).length }];
    RATINGS.forEach((rating) => values.push({ formula: `COUNTIF(${ratings},"${RATING_LABELS[rating]}")`, result: count(rating) }));
    // Not scored: counted apart, never as "không hoàn thành" (the unit sheet shows "Chưa chấm").
    values.push({ formula: `COUNTIF(${ratings},"${UNSCORED_LABEL}")`, result: rows.filter((x) => x.rating === null).length });
    if (cap !== null) {
      const isOver = count('excellent') > cap * count('good');
      values.push({ formula: `IF(E${r}>${cap}*F${r},"Vượt tỷ lệ","Đạt")`, result: isOver ? 'Vượt tỷ lệ' : 'Đạt' });
    } else values.push(null);
    sheet.getRow(r).values = values;
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
      cell.font = { name: FONT, size: 11 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: c === 2 ? 'left' : 'center', wrapText: true };
    });
  });
  const signatureRow = headerRow + written.length + 2;
  writeSignatures(sheet, signatureRow, Math.min(heads.length, plan.firstPageColumns), model.date, model.wardName, 'summary', model.chairman);
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0, topLeftCell: `A${headerRow + 1}` }];
  nd30PageSetup(sheet, { orientation: 'landscape', headerRow, titleColumns: 2, plan });
  keepSignatureWithTable(sheet, { headerRow, lastRow: headerRow + written.length, signatureRow, signatureRows: SIGNATURE_ROWS.summary, orientation: 'landscape', scale: plan.scale });
}
