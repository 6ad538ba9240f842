/**
 * The monthly unit-meeting sheet (sinh hoạt chuyên môn hàng tháng) on the code of conduct:
 * A4 portrait in ND 30/2020 form — the month's violations, its commendations, and one line per
 * person for the meeting's assessment. Page numbers centred at the top, not on the first page.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { contentWidth, documentTitle, nd30Header, nd30Page, signatureBlocks } from './nd30Blocks';

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

const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fontSize: 11 });
const cell = (text: string | number, extra: Record<string, unknown> = {}): TableCell => ({ text: String(text), fontSize: 11, ...extra });

/** A section heading; it starts a new page rather than stand alone at the foot of one (see keepHeadings). */
function heading(text: string): Content {
  return { text, bold: true, margin: [0, 12, 0, 6], headlineLevel: 1 } as Content;
}

/** Below this share of the page a heading goes to the next page with its table. */
const HEADING_LIMIT = 0.8;

export function keepHeadings(node: { headlineLevel?: number; startPosition: { verticalRatio?: number } }): boolean {
  return node.headlineLevel === 1 && (node.startPosition.verticalRatio ?? 0) > HEADING_LIMIT;
}

function violationTable(items: SheetViolation[]): Content {
  if (items.length === 0) return { text: 'Trong tháng không có vi phạm nào được ghi nhận.', italics: true };
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [22, 56, 74, 96, '*', 62],
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
      widths: [22, 56, 104, 76, '*'],
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
  return { table: { headerRows: 1, dontBreakRows: true, widths: [22, 110, 80, 38, 32, '*'], body } };
}

export function meetingSheetDoc(data: MeetingSheetData): TDocumentDefinitions {
  const dotsTo = (label: string, share = 1) => `${label}${'.'.repeat(Math.max(10, Math.floor((contentWidth() * share) / 3.6) - label.length * 2))}`;
  return {
    ...nd30Page('portrait'),
    info: { title: `Biên bản sinh hoạt chuyên môn ${data.monthText} — ${data.scopeName}`, creator: 'Ward Conduct' },
    pageBreakBefore: (node) => keepHeadings(node as unknown as Parameters<typeof keepHeadings>[0]),
    content: [
      nd30Header(data.wardName, { date: null }),
      ...documentTitle('Biên bản', `Sinh hoạt chuyên môn ${data.monthText} về việc thực hiện Quy tắc ứng xử`),
      { text: [{ text: 'Đơn vị: ' }, { text: data.scopeName, bold: true }] },
      { text: dotsTo('Thời gian: ', 0.5) + ' ' + dotsTo('Địa điểm: ', 0.5) },
      { text: dotsTo('Chủ trì: ', 0.5) + ' ' + dotsTo('Thư ký: ', 0.5) },
      { text: dotsTo('Thành phần: ') },
      heading(`I. Vi phạm Quy tắc ứng xử trong ${data.monthText}`),
      violationTable(data.violations),
      heading(`II. Biểu dương, khen thưởng trong ${data.monthText}`),
      commendationTable(data.commendations),
      heading('III. Nhận xét, đánh giá từng cá nhân'),
      assessmentTable(data.groups),
      heading('IV. Kết luận của chủ trì'),
      { text: `${dotsTo('')}\n${dotsTo('')}\n${dotsTo('')}`, lineHeight: 1.5 },
      { text: 'Cuộc họp kết thúc lúc ...... giờ ...... cùng ngày.', margin: [0, 8, 0, 0] },
      signatureBlocks({ title: 'CHỦ TRÌ', hint: '(Ký, ghi rõ họ tên)' }, { title: 'THƯ KÝ', hint: '(Ký, ghi rõ họ tên)' }),
    ],
  };
}
