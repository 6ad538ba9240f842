/** The snapshot written when a period is closed: every person's total and rating, A4 landscape, ND 30 header. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { RATING_LABELS, type Rating } from '../../../shared/schema/criteria';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { dateLine, nd30Header } from './nd30Blocks';

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
  return { text, fontSize: 9, ...extra } as Content;
}

export function periodSnapshotDoc(model: SnapshotModel): TDocumentDefinitions {
  const head = ['STT', 'Mã', 'Họ và tên', 'Đơn vị', 'Tổng điểm', 'Xếp loại', 'Hạng', 'Ghi chú'].map((h) => cell(h, { bold: true, alignment: 'center' }));
  const body = model.rows.map((r, i) => [
    cell(String(i + 1), { alignment: 'center' }), cell(r.code), cell(r.name), cell(r.unitName), cell(formatPoints(r.total), { alignment: 'right' }),
    cell(r.rating ? RATING_LABELS[r.rating] : 'Chưa chấm đủ'), cell(r.rank === null ? '' : String(r.rank), { alignment: 'center' }), cell(r.note),
  ]);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [57, 57, 45, 45],
    info: { title: `${model.title} — ${model.periodLabel}`, creator: 'Ward Conduct' },
    defaultStyle: { font: 'NotoSerif', fontSize: 11 },
    footer: (page: number, pages: number) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 9 }),
    content: [
      nd30Header(model.wardName),
      dateLine(model.wardName, model.closedAt),
      { text: model.title.toUpperCase(), bold: true, fontSize: 13, alignment: 'center', margin: [0, 12, 0, 2] },
      { text: `${model.periodLabel} — ${model.setName} (phiên bản ${model.setVersion})`, italics: true, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: `Bản chốt khi khóa kỳ: ${model.closedAt.toLocaleString('vi-VN')} — người khóa: ${model.closedBy}`, fontSize: 9, alignment: 'center', margin: [0, 0, 0, 8] },
      { table: { headerRows: 1, widths: [24, 50, '*', 130, 50, 130, 30, 110], body: [head, ...body] }, layout: 'lightHorizontalLines' },
    ],
  };
}
