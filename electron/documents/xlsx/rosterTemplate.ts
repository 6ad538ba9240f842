/**
 * "Tải mẫu danh sách": an empty roster workbook the import reads back exactly. A "Hướng dẫn"
 * sheet first (the import leaves notes sheets out), then "Danh sách" with the ND 30 header, the
 * headings the import recognises, one "Ví dụ" row (skipped as a sample) and dropdowns.
 */
import type ExcelJS from 'exceljs';
import { excelLib } from './excelLib';
import { FONT, a4PageSetup, writeNd30Header } from './nd30Sheet';

interface TemplateColumn {
  heading: string;
  width: number;
  example: string | Date;
  /** Inline dropdown (≤ 255 characters) or a number format. */
  list?: string[];
  numFmt?: string;
}

export const TEMPLATE_CATEGORIES = ['Cán bộ', 'Công chức', 'Viên chức', 'Người lao động', 'Hợp đồng lao động', 'Người hoạt động không chuyên trách'];

export const TEMPLATE_COLUMNS: TemplateColumn[] = [
  { heading: 'STT', width: 6, example: 'Ví dụ' },
  { heading: 'Mã cán bộ', width: 11, example: 'CB0001' },
  { heading: 'Họ và tên', width: 26, example: 'Nguyễn Văn A' },
  { heading: 'Giới tính', width: 9, example: 'Nam', list: ['Nam', 'Nữ'] },
  { heading: 'Ngày sinh', width: 12, example: new Date(Date.UTC(1985, 2, 4)), numFmt: 'dd/mm/yyyy' },
  { heading: 'Số CCCD', width: 15, example: '001085012345', numFmt: '@' },
  { heading: 'Loại cán bộ', width: 18, example: 'Công chức', list: TEMPLATE_CATEGORIES },
  { heading: 'Chức vụ', width: 18, example: 'Chuyên viên' },
  { heading: 'Chức danh/ngạch', width: 18, example: 'Văn phòng - Thống kê' },
  { heading: 'Đơn vị', width: 24, example: 'Văn phòng HĐND - UBND' },
  { heading: 'Điện thoại', width: 13, example: '0912345678', numFmt: '@' },
  { heading: 'Email', width: 22, example: 'nva@hanoi.gov.vn' },
  { heading: 'Ngày vào cơ quan', width: 12, example: new Date(Date.UTC(2010, 8, 1)), numFmt: 'dd/mm/yyyy' },
  { heading: 'Đảng viên', width: 9, example: 'x', list: ['x'] },
  { heading: 'Trạng thái', width: 16, example: 'Đang công tác', list: ['Đang công tác', 'Chuyển công tác', 'Nghỉ hưu', 'Thôi việc'] },
  { heading: 'Ngày ký cam kết', width: 12, example: new Date(Date.UTC(2026, 0, 15)), numFmt: 'dd/mm/yyyy' },
  { heading: 'Ghi chú', width: 24, example: 'Dòng ví dụ: xóa hoặc để nguyên, khi nhập sẽ bỏ qua' },
];

/** Empty rows prepared with dropdowns and formats. */
const PREPARED_ROWS = 300;

const INSTRUCTIONS = [
  'HƯỚNG DẪN NHẬP DANH SÁCH CÁN BỘ',
  '1. Nhập mỗi người một dòng trong trang "Danh sách", bắt đầu ngay dưới dòng "Ví dụ". Dòng "Ví dụ" được bỏ qua khi nhập.',
  '2. Bắt buộc: Họ và tên. Nên có: Mã cán bộ (để lần nhập sau cập nhật đúng người), Ngày sinh, Loại cán bộ, Đơn vị.',
  '3. Ngày ghi dạng ngày/tháng/năm (04/03/1985); có thể chỉ ghi năm sinh (1985).',
  '4. Loại cán bộ: chọn trong danh sách — Cán bộ, Công chức, Viên chức, Người lao động, Hợp đồng lao động, Người hoạt động không chuyên trách.',
  '5. Số CCCD: cột đã định dạng Văn bản để giữ số 0 ở đầu; khi dán từ nơi khác hãy dán "chỉ giá trị".',
  '6. Đơn vị chưa có trong phần mềm sẽ được đề xuất tạo mới khi nhập.',
  '7. Có thể chia mỗi đơn vị một trang tính (tên trang là tên đơn vị) hoặc chèn dòng nhóm "I. TÊN ĐƠN VỊ" phía trên những người thuộc đơn vị đó.',
  '8. Không cần xóa phần chân bảng (Tổng số, Người lập biểu, chữ ký): phần mềm không coi đó là người.',
];

export async function buildRosterTemplate(wardName: string, date: Date): Promise<Uint8Array> {
  const workbook = new (await excelLib()).Workbook();
  workbook.creator = 'Ward Conduct';
  workbook.created = date;
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.getColumn(1).width = 150;
  notes.pageSetup = { paperSize: 9, orientation: 'landscape', scale: 80, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
  INSTRUCTIONS.forEach((text, i) => {
    const cell = notes.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });

  const sheet = workbook.addWorksheet('Danh sách');
  const headerRow = writeNd30Header(sheet, TEMPLATE_COLUMNS.length, { wardName, title: 'Danh sách cán bộ, công chức, viên chức và người lao động', date });
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  TEMPLATE_COLUMNS.forEach((column, i) => {
    const c = i + 1;
    sheet.getColumn(c).width = column.width;
    const head = sheet.getCell(headerRow, c);
    head.value = column.heading;
    head.font = { name: FONT, size: 12, bold: true };
    head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    head.border = border;
    const example = sheet.getCell(headerRow + 1, c);
    example.value = column.example;
    example.font = { name: FONT, size: 12, italic: true, color: { argb: 'FF7F7F7F' } };
    for (let r = headerRow + 1; r <= headerRow + 1 + PREPARED_ROWS; r += 1) {
      const cell = sheet.getCell(r, c);
      cell.border = border;
      if (column.numFmt) cell.numFmt = column.numFmt;
      if (column.list) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${column.list.join(',')}"`], showErrorMessage: false };
    }
  });
  sheet.getRow(headerRow).height = 32;
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 3 }];
  a4PageSetup(sheet, 'landscape', headerRow);
  // All seventeen columns on the width of a landscape A4 page.
  const width = TEMPLATE_COLUMNS.reduce((sum, column) => sum + column.width, 0);
  sheet.pageSetup.scale = Math.min(100, Math.floor((105 / width) * 100));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
