/** The snapshot written when a period is closed: every person's total and rating, A4 landscape, ND 30 header. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { RATING_LABELS, type Rating } from '../../../shared/schema/criteria';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { printedDate } from '../../../shared/domain/typography';
import { documentTitle, nd30Header, nd30Page, signatureBlocks } from './nd30Blocks';

export interface SnapshotRow {
  code: string;
  name: string;
  unitName: string;
  total: number | null;
  rating: Rating | null;
  rank: number | null;
  note: string;
}

export interface SnapshotModel {
  wardName: string;
  title: string;
  periodLabel: string;
  setName: string;
  setVersion: number;
  closedAt: Date;
  closedBy: string;
  rows: SnapshotRow[];
}

function cell(text: string, extra: Record<string, unknown> = {}): Content {
  return { text, fontSize: 11, ...extra } as Content;
}

export function periodSnapshotDoc(model: SnapshotModel): TDocumentDefinitions {
  const head = ['STT', 'Mã', 'Họ và tên', 'Đơn vị', 'Tổng điểm', 'Xếp loại', 'Hạng', 'Ghi chú'].map((h) => cell(h, { bold: true, alignment: 'center' }));
  const body = model.rows.map((r, i) => [
    cell(String(i + 1), { alignment: 'center' }), cell(r.code), cell(r.name), cell(r.unitName), cell(formatPoints(r.total), { alignment: 'right' }),
    cell(r.rating ? RATING_LABELS[r.rating] : 'Chưa chấm đủ'), cell(r.rank === null ? '' : String(r.rank), { alignment: 'center' }), cell(r.note),
  ]);
  return {
    ...nd30Page('landscape'),
    info: { title: `${model.title} — ${model.periodLabel}`, creator: 'Ward Conduct' },
    defaultStyle: { ...nd30Page('landscape').defaultStyle, fontSize: 13 },
    content: [
      nd30Header(model.wardName, { date: model.closedAt, orientation: 'landscape' }),
      ...documentTitle(model.title, `${model.periodLabel} — ${model.setName} (phiên bản ${model.setVersion})`, 'landscape'),
      // The closing date only: the login account that closed the period is not printed.
      { text: `Bản chốt khi khóa kỳ ngày ${printedDate(model.closedAt)}.`, fontSize: 12, italics: true, alignment: 'center', margin: [0, 0, 0, 8] },
      { table: { headerRows: 1, dontBreakRows: true, widths: [26, 52, '*', 120, 52, 120, 34, 100], body: [head, ...body] }, layout: 'lightHorizontalLines' },
      signatureBlocks({ title: 'CHỦ TỊCH HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', hint: '(Ký, ghi rõ họ tên)' }, { title: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' }, 'landscape'),
    ],
  };
}
