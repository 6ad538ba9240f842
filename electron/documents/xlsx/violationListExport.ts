/** The filtered violation list as a workbook: ND 30 header, Times New Roman, A4 landscape. */
import ExcelJS from 'exceljs';
import type { ViolationRow } from '../../../shared/api/violationsTypes';
import { SEVERITY_LABELS } from '../../../shared/schema/violation';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { FONT, a4PageSetup, fitColumnWidths, writeNd30Header } from './nd30Sheet';

interface Column {
  heading: string;
  value: (row: ViolationRow, index: number) => ExcelJS.CellValue;
  isDate?: boolean;
  isWrapped?: boolean;
  maxWidth?: number;
}

function toDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export const VIOLATION_COLUMNS: Column[] = [
  { heading: 'STT', value: (_r, i) => i + 1 },
  { heading: 'Ngày', value: (r) => toDate(r.date), isDate: true },
  { heading: 'Giờ', value: (r) => r.time ?? '' },
  { heading: 'Địa điểm', value: (r) => r.place, isWrapped: true, maxWidth: 24 },
  { heading: 'Người vi phạm', value: (r) => r.people.map((p) => (p.code ? `${p.fullName} (${p.code})` : p.fullName)).join('\n'), isWrapped: true, maxWidth: 30 },
  { heading: 'Đơn vị', value: (r) => [...new Set(r.people.map((p) => p.unitName).filter(Boolean))].join('\n'), isWrapped: true, maxWidth: 28 },
  { heading: 'Điều khoản', value: (r) => r.rules.map((x) => x.label).join('\n'), isWrapped: true, maxWidth: 34 },
  { heading: 'Nội dung vi phạm', value: (r) => r.description, isWrapped: true, maxWidth: 45 },
  { heading: 'Nguồn phát hiện', value: (r) => r.sourceLabel, isWrapped: true, maxWidth: 18 },
  { heading: 'Trạng thái', value: (r) => r.stateLabel },
  { heading: 'Mức độ', value: (r) => (r.severity ? SEVERITY_LABELS[r.severity] : '') },
  { heading: 'Biện pháp xử lý', value: (r) => r.measureLabel, isWrapped: true, maxWidth: 24 },
  { heading: 'Quyết định', value: (r) => (r.decision ? `Số ${r.decision.number} ngày ${formatIsoDay(r.decision.date)}` : ''), isWrapped: true, maxWidth: 26 },
  { heading: 'Thời hạn', value: (r) => toDate(r.expiresOn), isDate: true },
];

export async function buildViolationWorkbook(rows: ViolationRow[], wardName: string, date: Date, subtitle?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ward Conduct';
  workbook.created = date;
  const sheet = workbook.addWorksheet('Danh sách vi phạm');
  const headerRow = writeNd30Header(sheet, VIOLATION_COLUMNS.length, { wardName, title: 'Danh sách vi phạm quy tắc ứng xử', subtitle, date });
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const head = sheet.getRow(headerRow);
  VIOLATION_COLUMNS.forEach((column, c) => {
    const cell = head.getCell(c + 1);
    cell.value = column.heading;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  head.height = 32;
  rows.forEach((row, i) => {
    const line = sheet.getRow(headerRow + 1 + i);
    VIOLATION_COLUMNS.forEach((column, c) => {
      const cell = line.getCell(c + 1);
      cell.value = column.value(row, i);
      cell.font = { name: FONT, size: 12 };
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: column.isWrapped === true };
      if (column.isDate) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  fitColumnWidths(sheet, headerRow);
  VIOLATION_COLUMNS.forEach((column, c) => {
    const target = sheet.getColumn(c + 1);
    if (column.maxWidth && (target.width ?? 0) > column.maxWidth) target.width = column.maxWidth;
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  a4PageSetup(sheet, 'landscape', headerRow);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
