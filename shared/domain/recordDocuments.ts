/**
 * Documents filled from one violation, pure: the request for explanation (giấy yêu cầu giải trình),
 * the minutes of the review meeting (biên bản họp kiểm điểm) and a draft discipline decision (dự
 * thảo quyết định kỷ luật). Each is a RecordDocument that the PDF and DOCX writers lay out in ND 30
 * form. The wording of the forms is the ward's own (the law prescribes the steps, ND 112/2020 and
 * ND 172/2025, not these sentences); a discipline form is printed only when the law allows it for
 * the person on the decision date (disciplineForms.ts), otherwise the draft lists those that do.
 */
import type { SignatureSpec } from './nd30Layout';

/** The documents printed from one violation: request for explanation, review minutes, draft decision. */
export const VIOLATION_DOCS = ['giai-trinh', 'bien-ban', 'quyet-dinh'] as const;
export type ViolationDoc = (typeof VIOLATION_DOCS)[number];
export const DOC_FORMATS = ['docx', 'pdf'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

export interface DocRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export interface DocParagraph {
  runs: DocRun[];
  align?: 'left' | 'center' | 'justify';
  /** First-line indent (ND 30: 1–1.27 cm for body paragraphs). */
  isIndented?: boolean;
  spaceBefore?: number;
}

/** A table in a document: header row, rows of cell texts, relative column widths. */
export interface DocTable {
  header: string[];
  rows: string[][];
  widths: number[];
}

/** A list annexed after the signature, on its own page ("DANH SÁCH … kèm theo Quyết định số …"). */
export interface DocAnnex {
  title: string;
  subtitle?: string;
  table: DocTable;
}

export interface RecordDocument {
  /** Accent-free, for the file name. */
  fileStem: string;
  /** "GIẤY YÊU CẦU GIẢI TRÌNH" (printed in capitals). */
  kind: string;
  subject?: string;
  /** "Số: ....../QĐ-UBND" under the issuing body. */
  number?: string;
  /** The date line; null leaves dotted blanks for the signer. */
  date: Date | null;
  isDraft: boolean;
  body: DocParagraph[];
  signature: SignatureSpec;
  /** A second signature on the left (minutes), or the recipients ("Nơi nhận"). */
  left?: SignatureSpec | { recipients: string[] };
  /** Tables inside the body, each after the paragraph of that index (-1: before the first). */
  tables?: (DocTable & { afterParagraph: number })[];
  /** Lists annexed after the signature, each from a new page. */
  annexes?: DocAnnex[];
  /** Keeps the last paragraph on the signature's page, so a signature never stands alone (PDF). */
  keepLastWithSignature?: boolean;
}

export interface ViolationFacts {
  wardName: string;
  chairman: string;
  /** dd/mm/yyyy */
  dateText: string;
  time: string | null;
  place: string;
  description: string;
  people: { fullName: string; position: string; unitName: string }[];
  /** Written-out references with the rule's wording where known. */
  rules: { written: string; text: string }[];
  measureLabel: string;
  /** The discipline form chosen, if it is one the law allows for these people on the decision date. */
  discipline: { label: string; basis: string } | null;
  /** The forms the law allows (for the draft when none is chosen). */
  allowedDiscipline: { label: string; basis: string }[];
  decision: { number: string; dateText: string } | null;
}

const p = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({ runs: [{ text }], align: 'justify', isIndented: true, ...extra });
const dots = (n: number) => '.'.repeat(n);
/** ND 30 (Phụ lục I): the grounds (căn cứ) of a decision are set in italics. */
const ground = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({ runs: [{ text, italics: true }], align: 'justify', isIndented: true, ...extra });

function peopleLine(f: ViolationFacts): string {
  return f.people.map((x) => [x.fullName, x.position, x.unitName].filter(Boolean).join(', ')).join('; ');
}

function rulesLine(f: ViolationFacts): string {
  return f.rules.map((r) => (r.text ? `${r.written}: “${r.text}”` : r.written)).join('; ') || dots(60);
}

function incident(f: ViolationFacts): string {
  const when = `ngày ${f.dateText}${f.time ? ` lúc ${f.time}` : ''}`;
  return `${when}${f.place ? `, tại ${f.place}` : ''}: ${f.description}`;
}

export function explanationRequest(f: ViolationFacts): RecordDocument {
  const who = f.people.map((x) => x.fullName).join(', ');
  return {
    fileStem: 'giay-yeu-cau-giai-trinh',
    kind: 'Giấy yêu cầu giải trình',
    subject: 'Về việc vi phạm Quy tắc ứng xử',
    number: `Số: ${dots(8)}/GYC-UBND`,
    date: null,
    isDraft: false,
    body: [
      { runs: [{ text: `Kính gửi: ${peopleLine(f)}.` }], align: 'center', spaceBefore: 6 },
      p(`Ủy ban nhân dân ${f.wardName} nhận được thông tin: ${incident(f)}.`, { spaceBefore: 8 }),
      p(`Hành vi trên có dấu hiệu vi phạm ${rulesLine(f)}.`),
      p(`Đề nghị ${who} giải trình bằng văn bản về nội dung nêu trên (thời gian, địa điểm, nguyên nhân, trách nhiệm của bản thân), gửi về Văn phòng HĐND và UBND trong thời hạn ${dots(6)} ngày làm việc kể từ ngày nhận được giấy này.`),
      p('Quá thời hạn trên mà không có văn bản giải trình thì được coi là không có ý kiến giải trình.'),
    ],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: f.chairman },
    left: { recipients: ['Như trên', 'Lưu: VT'] },
  };
}

export function reviewMinutes(f: ViolationFacts): RecordDocument {
  const field = (label: string) => p(`${label}: ${dots(90 - label.length * 2)}`, { isIndented: false });
  return {
    fileStem: 'bien-ban-hop-kiem-diem',
    kind: 'Biên bản',
    subject: 'Họp kiểm điểm việc vi phạm Quy tắc ứng xử',
    date: null,
    isDraft: false,
    body: [
      field('Thời gian'),
      field('Địa điểm'),
      field('Chủ trì'),
      field('Thư ký'),
      field('Thành phần tham dự'),
      { runs: [{ text: 'I. Nội dung vi phạm', bold: true }], spaceBefore: 8 },
      p(`Người vi phạm: ${peopleLine(f)}.`),
      p(`Vi phạm ${incident(f)}.`),
      p(`Quy định bị vi phạm: ${rulesLine(f)}.`),
      { runs: [{ text: 'II. Ý kiến tự kiểm điểm, giải trình của người vi phạm', bold: true }], spaceBefore: 8 },
      p(`${dots(110)}\n${dots(110)}`, { isIndented: false }),
      { runs: [{ text: 'III. Ý kiến của những người dự họp', bold: true }], spaceBefore: 8 },
      p(`${dots(110)}\n${dots(110)}`, { isIndented: false }),
      { runs: [{ text: 'IV. Kết luận và kiến nghị hình thức xử lý', bold: true }], spaceBefore: 8 },
      p(`Đề nghị hình thức xử lý: ${f.measureLabel || dots(50)}.`),
      p(`Số phiếu tán thành: ${dots(8)}/${dots(8)} người dự họp.`),
      p(`Cuộc họp kết thúc lúc ${dots(6)} giờ ${dots(6)} cùng ngày; biên bản đã được đọc lại cho mọi người dự họp cùng nghe và nhất trí.`),
    ],
    signature: { title: 'CHỦ TRÌ', hint: '(Ký, ghi rõ họ tên)' },
    left: { title: 'THƯ KÝ', hint: '(Ký, ghi rõ họ tên)' },
  };
}

export function disciplineDecisionDraft(f: ViolationFacts): RecordDocument {
  const who = f.people[0];
  const basis = f.discipline?.basis ?? f.allowedDiscipline[0]?.basis ?? '';
  const form = f.discipline
    ? f.discipline.label.replace(/^Kỷ luật /, '').toLocaleLowerCase('vi')
    : `${dots(30)} (hình thức pháp luật cho phép: ${f.allowedDiscipline.map((a) => a.label.replace(/^Kỷ luật /, '').toLocaleLowerCase('vi')).join(', ') || 'không có — người lao động xử lý theo nội quy lao động'})`;
  return {
    fileStem: 'du-thao-quyet-dinh-ky-luat',
    kind: 'Quyết định',
    subject: `Về việc thi hành kỷ luật đối với ${who ? `${who.position ? `${who.position.toLocaleLowerCase('vi')} ` : ''}${who.fullName}` : dots(30)}`,
    number: f.decision ? `Số: ${f.decision.number}` : `Số: ${dots(8)}/QĐ-UBND`,
    date: null,
    isDraft: true,
    body: [
      { runs: [{ text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${f.wardName.toLocaleUpperCase('vi')}`, bold: true }], align: 'center', spaceBefore: 4 },
      ground('Căn cứ Luật Tổ chức chính quyền địa phương;', { spaceBefore: 8 }),
      ...(basis ? [ground(`Căn cứ ${basis};`)] : []),
      ground(`Căn cứ Quy tắc ứng xử bị vi phạm: ${rulesLine(f)};`),
      ground(`Căn cứ Biên bản họp kiểm điểm ngày ${dots(6)}/${dots(6)}/${dots(8)} và kết quả bỏ phiếu của Hội đồng kỷ luật;`),
      ground('Theo đề nghị của Chánh Văn phòng HĐND và UBND.'),
      { runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center', spaceBefore: 8 },
      { runs: [{ text: 'Điều 1. ', bold: true }, { text: `Thi hành kỷ luật bằng hình thức ${form} đối với ${peopleLine(f)}, vì đã có hành vi vi phạm ${incident(f)}.` }], align: 'justify', isIndented: true },
      { runs: [{ text: 'Điều 2. ', bold: true }, { text: 'Thời gian thi hành kỷ luật và các chế độ liên quan thực hiện theo quy định của pháp luật.' }], align: 'justify', isIndented: true },
      { runs: [{ text: 'Điều 3. ', bold: true }, { text: `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND, thủ trưởng đơn vị có liên quan và ${who?.fullName ?? 'người có tên tại Điều 1'} chịu trách nhiệm thi hành Quyết định này.` }], align: 'justify', isIndented: true },
    ],
    signature: { title: 'CHỦ TỊCH', name: f.chairman },
    left: { recipients: ['Như Điều 3', 'Lưu: VT, hồ sơ cá nhân'] },
  };
}

export interface CommendationFacts {
  wardName: string;
  chairman: string;
  dateText: string;
  /** "Biểu dương", "Khen thưởng", "Người tốt việc tốt", "Gương điển hình". */
  formLabel: string;
  who: { fullName: string; position: string; unitName: string }[];
  /** A unit commended as a whole, when no person is named. */
  unitName: string;
  reason: string;
  decision: { number: string; dateText: string } | null;
}

/** Quyết định biểu dương / khen thưởng: a draft the chairman signs. */
export function commendationDecision(f: CommendationFacts): RecordDocument {
  const isReward = /khen thưởng/i.test(f.formLabel);
  const verb = isReward ? 'Khen thưởng' : 'Biểu dương';
  const names = f.who.length > 0 ? f.who.map((x) => [x.fullName, x.position, x.unitName].filter(Boolean).join(', ')).join('; ') : `tập thể ${f.unitName}`;
  return {
    fileStem: isReward ? 'quyet-dinh-khen-thuong' : 'quyet-dinh-bieu-duong',
    kind: 'Quyết định',
    subject: `Về việc ${verb.toLocaleLowerCase('vi')} trong thực hiện Quy tắc ứng xử`,
    number: f.decision ? `Số: ${f.decision.number}` : `Số: ${dots(8)}/QĐ-UBND`,
    date: null,
    isDraft: !f.decision,
    body: [
      { runs: [{ text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${f.wardName.toLocaleUpperCase('vi')}`, bold: true }], align: 'center', spaceBefore: 4 },
      ground('Căn cứ Luật Tổ chức chính quyền địa phương;', { spaceBefore: 8 }),
      ground('Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành;'),
      ground('Theo đề nghị của Chánh Văn phòng HĐND và UBND.'),
      { runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center', spaceBefore: 8 },
      { runs: [{ text: 'Điều 1. ', bold: true }, { text: `${verb} ${names} (${f.formLabel.toLocaleLowerCase('vi')}), vì: ${f.reason} (ngày ${f.dateText}).` }], align: 'justify', isIndented: true },
      { runs: [{ text: 'Điều 2. ', bold: true }, { text: 'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND, thủ trưởng các đơn vị có liên quan và cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.' }], align: 'justify', isIndented: true },
    ],
    signature: { title: 'CHỦ TỊCH', name: f.chairman },
    left: { recipients: ['Như Điều 2', 'Lưu: VT'] },
  };
}
