/** The roster as a workbook the ward can print and re-import: ND 30 header, Times New Roman, A4 landscape. */
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { CATEGORY_LABELS, GENDER_LABELS, STATUS_LABELS } from '../../../shared/schema/staff';
import { buildListWorkbook, type ListColumn } from './listSheet';

export interface RosterExportRow extends RosterRowView {
  startDate: string | null;
  notes: string;
  /** Số CCCD in full (the export is a logged read of personal data); '' when none. */
  idNumber: string;
}

/** Headings chosen so the import recognises every column of its own export. */
const COLUMNS: ListColumn<RosterExportRow>[] = [
  { heading: 'STT', value: (_r, i) => i + 1 },
  { heading: 'Mã cán bộ', value: (r) => r.code },
  { heading: 'Họ và tên', value: (r) => r.fullName },
  { heading: 'Giới tính', value: (r) => (r.gender ? GENDER_LABELS[r.gender] : '') },
  { heading: 'Ngày sinh', value: (r) => toDate(r.birthDate), isDate: true },
  { heading: 'Số CCCD', value: (r) => r.idNumber, isText: true },
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
  { heading: 'Ghi chú', value: (r) => r.notes, isWrapped: true },
];

function toDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function buildRosterWorkbook(rows: RosterExportRow[], wardName: string, date: Date, subtitle?: string): Promise<Uint8Array> {
  return buildListWorkbook({
    sheetName: 'Danh sách cán bộ',
    title: 'Danh sách cán bộ, công chức, viên chức và người lao động',
    subtitle,
    wardName,
    date,
    columns: COLUMNS,
    rows,
    frozenColumns: 3,
  });
}
