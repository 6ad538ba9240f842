/** The roster as a workbook the ward can print and re-import: ND 30 header, Times New Roman, A4 landscape. */
import ExcelJS from 'exceljs';
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { CATEGORY_LABELS, GENDER_LABELS, STATUS_LABELS } from '../../../shared/schema/staff';
import { FONT, a4PageSetup, fitColumnWidths, writeNd30Header } from './nd30Sheet';

export interface RosterExportRow extends RosterRowView {
  startDate: string | null;
  notes: string;
}

/** Headings chosen so the import recognises every column of its own export. */
const COLUMNS: { heading: string; value: (row: RosterExportRow, index: number) => ExcelJS.CellValue; isDate?: boolean }[] = [
  { heading: 'STT', value: (_r, i) => i + 1 },
  { heading: 'Mã cán bộ', value: (r) => r.code },
  { heading: 'Họ và tên', value: (r) => r.fullName },
  { heading: 'Giới tính', value: (r) => (r.gender ? GENDER_LABELS[r.gender] : '') },
  { heading: 'Ngày sinh', value: (r) => toDate(r.birthDate), isDate: true },
  { heading: 'Loại cán bộ', value: (r) => CATEGORY_LABELS[r.category] },
  { heading: 'Chức vụ', value: (r) => r.position },
  { heading: 'Chức danh/ngạch', value: (r) => r.title },
  { heading: 'Đơn vị', value: (r) => r.unitName },
  { heading: 'Điện thoại', value: (r) => r.phone },
  { heading: 'Email', value: (r) => r.email },
  { heading: 'Ngày vào cơ quan', value: (r) => toDate(r.startDate), isDate: true },
  { heading: 'Đảng viên', value: (r) => (r.isPartyMember ? 'x' : '') },
  { heading: 'Trạng thái', value: (r) => STATUS_LABELS[r.status] },
  { heading: 'Ngày thay đổi trạng thái', value: (r) => toDate(r.statusDate), isDate: true },
  { heading: 'Ngày ký cam kết', value: (r) => toDate(r.commitmentSignedAt), isDate: true },
  { heading: 'Ghi chú', value: (r) => r.notes },
];

function toDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export async function buildRosterWorkbook(rows: RosterExportRow[], wardName: string, date: Date, subtitle?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ward Conduct';
  workbook.created = date;
  const sheet = workbook.addWorksheet('Danh sách cán bộ');
  const headerRow = writeNd30Header(sheet, COLUMNS.length, {
    wardName,
    title: 'Danh sách cán bộ, công chức, viên chức và người lao động',
    subtitle,
    date,
  });
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const head = sheet.getRow(headerRow);
  COLUMNS.forEach((column, c) => {
    const cell = head.getCell(c + 1);
    cell.value = column.heading;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  head.height = 32;
  rows.forEach((row, i) => {
    const line = sheet.getRow(headerRow + 1 + i);
    COLUMNS.forEach((column, c) => {
      const cell = line.getCell(c + 1);
      cell.value = column.value(row, i);
      cell.font = { name: FONT, size: 12 };
      cell.border = border;
      cell.alignment = { vertical: 'middle', wrapText: column.heading === 'Ghi chú' };
      if (column.isDate) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  fitColumnWidths(sheet, headerRow);
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 3, topLeftCell: `D${headerRow + 1}` }];
  a4PageSetup(sheet, 'landscape', headerRow);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
