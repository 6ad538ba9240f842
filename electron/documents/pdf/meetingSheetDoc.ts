/**
 * The monthly unit-meeting sheet (sinh hoạt chuyên môn hàng tháng) on the code of conduct:
 * A4 portrait in ND 30/2020 form — the month's violations, its commendations, and one line per
 * person for the meeting's assessment. Page numbers centred at the top, not on the first page.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dateLine, nd30Header } from './nd30Blocks';

export interface SheetViolation {
  date: string;
  people: string;
  rules: string;
  description: string;
  handling: string;
}

export interface SheetCommendation {
  date: string;
  who: string;
  form: string;
  reason: string;
}

export interface SheetPerson {
  fullName: string;
  position: string;
  violations: number;
  commendations: number;
}

export interface SheetGroup {
  /** The unit's name; '' when the sheet is for one unit. */
  unitName: string;
  people: SheetPerson[];
}

export interface MeetingSheetData {
  wardName: string;
  /** 'tháng 03 năm 2026' */
  monthText: string;
  /** 'Phòng Văn hóa - Xã hội' or 'Toàn cơ quan'. */
  scopeName: string;
  violations: SheetViolation[];
  commendations: SheetCommendation[];
  groups: SheetGroup[];
}

const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fontSize: 10.5 });
const cell = (text: string | number, extra: Record<string, unknown> = {}): TableCell => ({ text: String(text), fontSize: 10.5, ...extra });

function heading(text: string): Content {
  return { text, bold: true, margin: [0, 12, 0, 6] };
}

function violationTable(items: SheetViolation[]): Content {
  if (items.length === 0) return { text: 'Trong tháng không có vi phạm nào được ghi nhận.', italics: true };
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [20, 60, 78, 76, '*', 58],
      body: [
        [head('STT'), head('Ngày'), head('Người vi phạm'), head('Điều khoản'), head('Nội dung'), head('Xử lý')],
        ...items.map((v, i) => [cell(i + 1, { alignment: 'center' }), cell(v.date), cell(v.people), cell(v.rules), cell(v.description), cell(v.handling)]),
      ],
    },
  };
}

function commendationTable(items: SheetCommendation[]): Content {
  if (items.length === 0) return { text: 'Trong tháng không có biểu dương, khen thưởng nào được ghi nhận.', italics: true };
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [20, 60, 110, 70, '*'],
      body: [
        [head('STT'), head('Ngày'), head('Cá nhân / tập thể'), head('Hình thức'), head('Lý do')],
        ...items.map((c, i) => [cell(i + 1, { alignment: 'center' }), cell(c.date), cell(c.who), cell(c.form), cell(c.reason)]),
      ],
    },
  };
}

function assessmentTable(groups: SheetGroup[]): Content {
  const body: TableCell[][] = [[head('STT'), head('Họ và tên'), head('Chức vụ'), head('Vi phạm'), head('Khen'), head('Nhận xét, đánh giá của cuộc họp')]];
  let n = 0;
  for (const group of groups) {
    if (group.unitName) body.push([{ text: group.unitName, bold: true, fontSize: 11, colSpan: 6 }, {}, {}, {}, {}, {}]);
    for (const person of group.people) {
      n += 1;
      body.push([
        cell(n, { alignment: 'center', margin: [0, 6, 0, 6] }),
        cell(person.fullName, { margin: [0, 6, 0, 6] }),
        cell(person.position, { margin: [0, 6, 0, 6] }),
        cell(person.violations || '', { alignment: 'center', margin: [0, 6, 0, 6] }),
        cell(person.commendations || '', { alignment: 'center', margin: [0, 6, 0, 6] }),
        cell(''),
      ]);
    }
  }
  if (n === 0) return { text: 'Không có cán bộ nào trong đơn vị vào tháng này.', italics: true };
  return { table: { headerRows: 1, dontBreakRows: true, widths: [20, 108, 78, 36, 30, '*'], body } };
}

function signatures(): Content {
  const block = (title: string) => ({
    width: '50%',
    stack: [
      { text: title, bold: true, alignment: 'center' },
      { text: '(Ký, ghi rõ họ tên)', italics: true, alignment: 'center', fontSize: 11 },
    ],
  });
  return { columns: [block('THƯ KÝ'), block('CHỦ TRÌ')], margin: [0, 14, 0, 60], unbreakable: true } as Content;
}

export function meetingSheetDoc(data: MeetingSheetData): TDocumentDefinitions {
  const dots = '.'.repeat(40);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [85, 62, 57, 57], // 30 mm left, 22 mm top, 20 mm right and bottom (ND 30 ranges)
    info: { title: `Biên bản sinh hoạt chuyên môn ${data.monthText} — ${data.scopeName}`, creator: 'Ward Conduct' },
    defaultStyle: { font: 'NotoSerif', fontSize: 13, lineHeight: 1.1 },
    header: (currentPage: number) => (currentPage === 1 ? null : { text: String(currentPage), alignment: 'center', fontSize: 13, margin: [0, 28, 0, 0] }),
    content: [
      nd30Header(data.wardName),
      dateLine(data.wardName, null),
      { text: 'BIÊN BẢN', bold: true, fontSize: 14, alignment: 'center', margin: [0, 16, 0, 2] },
      { text: `Sinh hoạt chuyên môn ${data.monthText}`, bold: true, fontSize: 14, alignment: 'center' },
      { text: 'về việc thực hiện Quy tắc ứng xử', bold: true, alignment: 'center' },
      { canvas: [{ type: 'line', x1: 176, y1: 4, x2: 276, y2: 4, lineWidth: 0.6 }], margin: [0, 0, 0, 8] },
      { text: [{ text: 'Đơn vị: ' }, { text: data.scopeName, bold: true }] },
      { text: `Thời gian: ${dots}   Địa điểm: ${'.'.repeat(30)}` },
      { text: `Chủ trì: ${dots}   Thư ký: ${'.'.repeat(33)}` },
      { text: `Thành phần: ${'.'.repeat(95)}` },
      heading(`I. Vi phạm Quy tắc ứng xử trong ${data.monthText}`),
      violationTable(data.violations),
      heading(`II. Biểu dương, khen thưởng trong ${data.monthText}`),
      commendationTable(data.commendations),
      heading('III. Nhận xét, đánh giá từng cá nhân'),
      assessmentTable(data.groups),
      heading('IV. Kết luận của chủ trì'),
      { text: `${'.'.repeat(110)}\n${'.'.repeat(110)}\n${'.'.repeat(110)}`, lineHeight: 1.5 },
      { text: 'Cuộc họp kết thúc lúc ...... giờ ...... cùng ngày.', margin: [0, 8, 0, 0] },
      signatures(),
    ],
  };
}
