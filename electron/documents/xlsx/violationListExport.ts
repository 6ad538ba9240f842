/** The filtered violation list as a workbook: ND 30 header, Times New Roman, A4 landscape. */
import type { ViolationRow } from '../../../shared/api/violationsTypes';
import { SEVERITY_LABELS } from '../../../shared/schema/violation';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { buildListWorkbook, type ListColumn } from './listSheet';

function toDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export const VIOLATION_COLUMNS: ListColumn<ViolationRow>[] = [
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

export function buildViolationWorkbook(rows: ViolationRow[], wardName: string, date: Date, subtitle?: string): Promise<Uint8Array> {
  return buildListWorkbook({
    sheetName: 'Danh sách vi phạm',
    title: 'Danh sách vi phạm quy tắc ứng xử',
    subtitle,
    wardName,
    date,
    columns: VIOLATION_COLUMNS,
    rows,
    // STT and the date repeat on every page when the list is split across pages.
    frozenColumns: 2,
    verticalAlignment: 'top',
  });
}
