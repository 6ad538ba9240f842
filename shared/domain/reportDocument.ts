/**
 * A sơ kết / tổng kết report as blocks both the .docx and the PDF builders print the same way: the
 * clerk's sections, the tables of figures, the charts, and the "Nguồn số liệu" appendix naming the
 * records behind each table. ND 30 header, title and signature are added by the builders.
 */
import type { ComparedRow, Figure, ReportFigures } from '../api/reportTypes';
import type { ChartKey } from '../charts/reportCharts';
import { REPORT_SECTION_LABELS, type ReportNarrative } from '../schema/report';

export type ReportBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; italics?: boolean; size?: number }
  | { type: 'table'; title: string; columns: string[]; widths: number[]; rows: string[][]; totalRow?: string[] }
  | { type: 'chart'; key: ChartKey };

export interface ReportDocumentModel {
  fileStem: string;
  title: string;
  subject: string;
  number: string;
  blocks: ReportBlock[];
  recipients: string[];
  signer: { authority: string; title: string; name: string };
}

/** Most records listed one by one in the appendix; above it the appendix gives the rule and the count. */
export const SOURCE_LIST_LIMIT = 200;

const fmt = (n: number) => n.toLocaleString('vi-VN');
const pct = (a: number, b: number) => (b === 0 ? '—' : `${(Math.round((a / b) * 1000) / 10).toString().replace('.', ',')}%`);

function diffText(row: ComparedRow): string {
  const d = row.current.value - row.previous.value;
  return d === 0 ? '0' : d > 0 ? `+${fmt(d)}` : `−${fmt(-d)}`;
}

function comparedTable(title: string, first: string, rows: ComparedRow[], total: ComparedRow | null, year: number): ReportBlock {
  const cells = (r: ComparedRow, i: number | string) => [String(i), r.label, fmt(r.current.value), fmt(r.previous.value), diffText(r)];
  return {
    type: 'table',
    title,
    columns: ['STT', first, `Năm ${year}`, `Cùng kỳ ${year - 1}`, 'Tăng (+), giảm (−)'],
    widths: [0.07, 0.45, 0.16, 0.16, 0.16],
    rows: rows.map((r, i) => cells(r, i + 1)),
    ...(total ? { totalRow: ['', 'Tổng cộng', fmt(total.current.value), fmt(total.previous.value), diffText(total)] } : {}),
  };
}

function narrative(text: string): ReportBlock[] {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 ? lines.map((l) => ({ type: 'paragraph', text: l })) : [{ type: 'paragraph', text: '(Chưa có nội dung.)', italics: true }];
}

function sourceLine(label: string, f: Figure, rule: string): ReportBlock {
  const list = f.ids.length === 0 ? 'không có bản ghi' : f.ids.length <= SOURCE_LIST_LIMIT ? f.ids.join(', ') : `${fmt(f.ids.length)} bản ghi (danh sách đầy đủ: màn hình Báo cáo, bấm vào ô số liệu)`;
  return { type: 'paragraph', text: `${label} = ${fmt(f.value)}: ${rule}. Mã bản ghi: ${list}.`, size: 11 };
}

function appendix(f: ReportFigures): ReportBlock[] {
  const y = f.scope.year;
  const violationRule = `vụ việc vi phạm có ngày vi phạm từ ${dmy(f.scope.from)} đến ${dmy(f.scope.to)}, không bị hủy hoặc xóa`;
  const out: ReportBlock[] = [
    { type: 'heading', text: 'PHỤ LỤC: NGUỒN SỐ LIỆU' },
    { type: 'paragraph', text: 'Mỗi số liệu được tính từ các bản ghi của phần mềm tại thời điểm lập báo cáo. Trên màn hình Báo cáo của phần mềm, bấm vào một số trong các bảng để xem danh sách bản ghi (người, vụ việc vi phạm, lượt khen thưởng) được đếm và mở từng bản ghi; mã bản ghi dưới đây là mã trong dữ liệu.', italics: true, size: 11 },
    sourceLine(`Tổng số vụ việc vi phạm năm ${y}`, f.violationsTotal.current, violationRule),
    sourceLine(`Cùng kỳ năm ${y - 1}`, f.violationsTotal.previous, 'cùng khoảng ngày của năm trước'),
    sourceLine('Vụ việc chưa kết luận', f.violationsPending, 'vụ việc của kỳ đang ở bước ghi nhận, chờ giải trình hoặc xem xét'),
    ...f.violationsByMeasure.map((r) => sourceLine(`Hình thức xử lý "${r.label}"`, r.current, violationRule)),
    sourceLine('Số người đang công tác', f.coverageTotal.staff, `cán bộ có trong danh sách ngày ${dmy(f.scope.to)}`),
    sourceLine('Số người đã ký cam kết', f.coverageTotal.signed, `người có ngày ký cam kết đến ${dmy(f.scope.to)}`),
    sourceLine('Biểu dương, khen thưởng', f.commendationsTotal.current, `bản ghi có ngày từ ${dmy(f.scope.from)} đến ${dmy(f.scope.to)}`),
    ...f.titles.map((t) => sourceLine(`Đề nghị ${t.label}`, t.count, 'đề nghị danh hiệu chưa thu hồi')),
    ...f.titles.map((t) => sourceLine(`Đã công nhận ${t.label}`, t.granted, 'danh hiệu đã ghi theo quyết định công nhận')),
  ];
  return out;
}

function dmy(iso: string): string {
  return iso.split('-').reverse().join('/');
}

export function reportDocumentModel(f: ReportFigures, text: ReportNarrative, options: { chairman: string }): ReportDocumentModel {
  const y = f.scope.year;
  const kindText = f.scope.kind === 'so-ket' ? `Sơ kết ${f.scope.periodLabel}` : `Tổng kết ${f.scope.periodLabel}`;
  const who = f.scope.unitId ? ` tại ${f.scope.subjectName}` : '';
  const blocks: ReportBlock[] = [
    { type: 'heading', text: `I. ${REPORT_SECTION_LABELS.situation.toLocaleUpperCase('vi')}` },
    ...narrative(text.situation),
    { type: 'heading', text: 'II. KẾT QUẢ THỰC HIỆN' },
    ...narrative(text.results),
    {
      type: 'table',
      title: 'Bảng 1. Số người và tỷ lệ ký cam kết thực hiện quy tắc ứng xử theo đơn vị',
      columns: ['STT', 'Đơn vị', 'Số người', 'Đã ký cam kết', 'Tỷ lệ'],
      widths: [0.07, 0.47, 0.15, 0.16, 0.15],
      rows: f.coverage.map((r, i) => [String(i + 1), r.unitName, fmt(r.staff.value), fmt(r.signed.value), pct(r.signed.value, r.staff.value)]),
      totalRow: ['', 'Tổng cộng', fmt(f.coverageTotal.staff.value), fmt(f.coverageTotal.signed.value), pct(f.coverageTotal.signed.value, f.coverageTotal.staff.value)],
    },
    { type: 'chart', key: 'coverage' },
    comparedTable('Bảng 2. Vụ việc vi phạm theo tháng, so với cùng kỳ năm trước', 'Tháng', f.violationsByMonth, f.violationsTotal, y),
    { type: 'chart', key: 'violationsByMonth' },
    comparedTable('Bảng 3. Vụ việc vi phạm theo đơn vị', 'Đơn vị', f.violationsByUnit, null, y),
    { type: 'chart', key: 'violationsByUnit' },
    comparedTable('Bảng 4. Vụ việc vi phạm theo điều của quy tắc ứng xử', 'Quy tắc, điều', f.violationsByArticle, null, y),
    { type: 'chart', key: 'violationsByArticle' },
    comparedTable('Bảng 5. Hình thức xử lý', 'Hình thức', f.violationsByMeasure, f.violationsTotal, y),
    comparedTable('Bảng 6. Biểu dương, khen thưởng', 'Hình thức', f.commendationsByForm, f.commendationsTotal, y),
  ];
  f.scoring.forEach((t, i) => {
    blocks.push({
      type: 'table',
      title: `Bảng ${7 + i}. Kết quả chấm điểm, xếp loại — ${t.setName} (${t.periodLabel})`,
      columns: ['Đơn vị', 'Xuất sắc', 'Tốt', 'Hoàn thành', 'Không HT', 'Chưa chấm', 'Tối đa XS (20%)'],
      widths: [0.3, 0.11, 0.1, 0.12, 0.11, 0.11, 0.15],
      rows: t.rows.map((r) => [r.unitName, fmt(r.excellent.value), fmt(r.good.value), fmt(r.meets.value), fmt(r.fails.value), fmt(r.unscored.value), r.capAllowed === null ? '—' : `${fmt(r.capAllowed)}${r.isOverCap ? ' (vượt)' : ''}`]),
    });
  });
  const basis = f.scoring.find((t) => t.capBasis)?.capBasis;
  if (basis) blocks.push({ type: 'paragraph', text: `Cột "Tối đa XS (20%)" và đường giới hạn trên biểu đồ: ${basis}; chỉ áp dụng cho bộ tiêu chí đánh giá công chức theo Nghị định này ("—": không áp dụng).`, italics: true, size: 11 });
  if (f.scoring.length > 0) blocks.push({ type: 'chart', key: 'ratings' });
  if (f.titles.length > 0) {
    blocks.push({
      type: 'table',
      title: `Bảng ${7 + f.scoring.length}. Danh hiệu thi đua năm ${y}: đề nghị và đã công nhận`,
      columns: ['Danh hiệu', 'Đề nghị', 'Đã công nhận', 'Cá nhân, tập thể đã công nhận'],
      widths: [0.26, 0.1, 0.12, 0.52],
      rows: f.titles.map((t) => [t.label, fmt(t.count.value), fmt(t.granted.value), t.grantedNames.join(', ')]),
    });
  }
  blocks.push(
    { type: 'heading', text: `III. ${REPORT_SECTION_LABELS.shortcomings.toLocaleUpperCase('vi')}` },
    ...narrative(text.shortcomings),
    { type: 'heading', text: `IV. ${REPORT_SECTION_LABELS.plans.toLocaleUpperCase('vi')}` },
    ...narrative(text.plans),
    ...appendix(f),
  );
  const stem = `bao-cao-${f.scope.kind}-${f.scope.half ? `${y}-6t${f.scope.half}` : y}${f.scope.unitId ? '-don-vi' : ''}`;
  return {
    fileStem: stem,
    title: 'BÁO CÁO',
    subject: `${kindText} thực hiện Quy tắc ứng xử${who}`,
    number: 'Số:      /BC-UBND',
    blocks,
    recipients: ['UBND Thành phố Hà Nội (để báo cáo)', 'Thường trực Đảng ủy, HĐND phường', 'Lưu: VT'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: options.chairman },
  };
}
