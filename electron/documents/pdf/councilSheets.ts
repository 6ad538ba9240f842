/**
 * The council's printed sheets: ballot papers (one per member, ND 30 header, a serial number per sheet
 * repeated on every page of it, each candidate with a box to keep and a box to strike) and the
 * certificate of merit sheet (giấy khen) for the ward's pre-printed stock, text at fixed places that
 * the ward shifts by an offset in millimetres to match its printer.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CouncilMeetingView } from '../../../shared/api/councilTypes';
import { isUpward, meetingLabel } from '../../../shared/domain/councilRules';
import { mmToPt } from '../../../shared/domain/posterSizes';
import { ND30_FAMILY } from './pdfmake';
import { documentTitle, nd30Header, nd30Page, textWidth } from './nd30Blocks';

const BOX = 11;
const CHECK_COL = 46;

function box(): Content {
  const x = (CHECK_COL - 8 - BOX) / 2;
  return { canvas: [{ type: 'rect', x, y: 1, w: BOX, h: BOX, lineWidth: 0.8 }] } as Content;
}

/** The check's label of a proposal upward's first fact: "Đạt … 03 lần liên tục (2024, 2025, 2026)". */
function upwardLine(fact: string): string {
  const end = fact.indexOf('): ');
  return end >= 0 ? fact.slice(0, end + 1) : fact;
}

function ballot(m: CouncilMeetingView, wardName: string, serial: number, total: number): Content[] {
  const digits = Math.max(3, String(total).length);
  const serialText = `Phiếu số ${String(serial).padStart(digits, '0')}/${String(total).padStart(digits, '0')}`;
  const cols = 6;
  const serialRow = [{ text: serialText, colSpan: cols, alignment: 'right', bold: true, border: [false, false, false, false], margin: [0, 0, 0, 2] }, ...Array.from({ length: cols - 1 }, () => ({ text: '' }))];
  const header = ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Danh hiệu đề nghị', 'Đồng ý', 'Không đồng ý'].map((text) => ({ text, bold: true, alignment: 'center' }));
  const rows = m.candidateList.map((c) => [
    { text: String(c.no), alignment: 'center' }, { text: c.name }, { text: c.subjectKind === 'person' ? c.unitName : '' },
    // A proposal upward carries the earlier years it rests on ("Đạt … 03 lần liên tục (2024, 2025, 2026)").
    { text: isUpward(c.title) && c.facts[0] ? [c.titleLabel, { text: `\n${upwardLine(c.facts[0])}`, fontSize: 9, italics: true }] : c.titleLabel }, box(), box(),
  ]);
  return [
    nd30Header(wardName),
    ...documentTitle('PHIẾU BẦU', meetingLabel(m.year, m.half)),
    { text: 'Đồng ý: để nguyên tên hoặc đánh dấu (x) vào ô "Đồng ý". Không đồng ý: gạch ngang tên hoặc đánh dấu (x) vào ô "Không đồng ý". Phiếu đánh dấu cả hai ô cho cùng một người, hoặc ghi thêm tên, không hợp lệ đối với người đó.', italics: true, fontSize: 12, margin: [0, 0, 0, 6], alignment: 'justify' },
    {
      table: { headerRows: 2, dontBreakRows: true, widths: [26, '*', 110, 96, CHECK_COL, CHECK_COL], body: [serialRow, header, ...rows] },
      fontSize: 12,
    } as Content,
    { text: '(Thành viên Hội đồng không ghi tên vào phiếu)', italics: true, fontSize: 11, alignment: 'center', margin: [0, 8, 0, 0] },
  ];
}

/** One ballot per member of the council, each from a new page, numbered 001/N … N/N. */
export function ballotsDoc(m: CouncilMeetingView, wardName: string): TDocumentDefinitions {
  const total = m.members;
  const content: Content[] = [];
  for (let serial = 1; serial <= total; serial += 1) {
    const sheet = ballot(m, wardName, serial, total);
    if (serial > 1) sheet[0] = { ...(sheet[0] as object), pageBreak: 'before' } as Content;
    content.push(...sheet);
  }
  const { header: _pageNumbers, ...page } = nd30Page('portrait');
  return { ...page, info: { title: `Phiếu bầu — ${meetingLabel(m.year, m.half)}`, creator: 'Ward Conduct' }, content };
}

/** Where the ward's pre-printed giấy khen (A4 landscape) leaves room for each text, mm from the top left. */
export const CERTIFICATE_FIELDS = { name: { y: 88 }, unit: { y: 102 }, achievement: { y: 116 }, decision: { x: 40, y: 168 }, dateLine: { x: 170, y: 150 } } as const;

export interface CertificateLine {
  name: string;
  unitName: string;
  achievement: string;
  decision: string;
  dateLine: string;
}

export function certificatesDoc(lines: CertificateLine[], offset: { xMm: number; yMm: number }): TDocumentDefinitions {
  const width = mmToPt(297);
  const at = (xMm: number, yMm: number) => ({ x: mmToPt(xMm + offset.xMm), y: mmToPt(yMm + offset.yMm) });
  // Centred on the sheet by measuring the text, so an offset moves it by exactly that much.
  const centred = (text: string, yMm: number, size: number, bold = false): Content => {
    const x = (width - textWidth(text, size, bold)) / 2 + mmToPt(offset.xMm);
    return { text, bold, fontSize: size, absolutePosition: { x, y: mmToPt(yMm + offset.yMm) } } as Content;
  };
  const f = CERTIFICATE_FIELDS;
  const content: Content[] = lines.flatMap((l, i) => [
    ...(i > 0 ? [{ text: '', pageBreak: 'before' } as Content] : []),
    centred(l.name, f.name.y, 24, true),
    centred(l.unitName, f.unit.y, 16),
    centred(l.achievement, f.achievement.y, 16, true),
    { text: l.dateLine, italics: true, fontSize: 14, absolutePosition: at(f.dateLine.x, f.dateLine.y) } as Content,
    { text: l.decision, fontSize: 12, absolutePosition: at(f.decision.x, f.decision.y) } as Content,
  ]);
  return {
    pageSize: 'A4', pageOrientation: 'landscape', pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: ND30_FAMILY, fontSize: 14 }, info: { title: 'Giấy khen', creator: 'Ward Conduct' },
    content: content.length > 0 ? content : [{ text: '' }],
  };
}
