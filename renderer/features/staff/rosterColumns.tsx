/** The columns of the roster table (fixed widths: the table draws only the rows in sight). */
import type { ReactNode } from 'react';
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { formatDayVi } from '../../lib/format';
import { categoryLabel, genderLabel, statusLabel } from './staffFormat';

export interface RosterColumn {
  key: string;
  title: string;
  width: number;
  /** The cell's content; its plain text also goes in the cell's tooltip when cut short. */
  text: (row: RosterRowView) => string;
  render?: (row: RosterRowView) => ReactNode;
}

export const ROSTER_COLUMNS: RosterColumn[] = [
  { key: 'code', title: 'Mã CB', width: 100, text: (r) => r.code },
  { key: 'fullName', title: 'Họ và tên', width: 200, text: (r) => r.fullName },
  { key: 'gender', title: 'Giới tính', width: 90, text: (r) => genderLabel(r.gender) },
  { key: 'birthDate', title: 'Ngày sinh', width: 110, text: (r) => formatDayVi(r.birthDate) },
  { key: 'category', title: 'Loại', width: 130, text: (r) => categoryLabel(r.category) },
  { key: 'position', title: 'Chức vụ', width: 170, text: (r) => r.position },
  { key: 'unitName', title: 'Đơn vị', width: 230, text: (r) => r.unitName },
  { key: 'phone', title: 'Điện thoại', width: 120, text: (r) => r.phone },
  {
    key: 'status',
    title: 'Trạng thái',
    width: 150,
    text: (r) => statusLabel(r.status),
    // A plain span styled as antd's Tag (rosterTable.css): a Tag's style hooks cost ~2 ms a row to mount.
    render: (r) => <span className={r.status === 'active' ? 'roster-tag roster-tag-active' : 'roster-tag'}>{statusLabel(r.status)}</span>,
  },
  { key: 'commitmentSignedAt', title: 'Ngày ký cam kết', width: 140, text: (r) => formatDayVi(r.commitmentSignedAt) },
];

/** The Mã CB and Họ và tên columns stay in sight when the table scrolls sideways. */
export const PINNED_COLUMNS = 2;

export const ROSTER_TABLE_WIDTH = ROSTER_COLUMNS.reduce((sum, column) => sum + column.width, 0);
