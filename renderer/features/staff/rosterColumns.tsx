/** The columns of the roster table (fixed widths: the table is virtual). */
import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { formatDayVi } from '../../lib/format';
import { categoryLabel, genderLabel, statusLabel } from './staffFormat';

export const ROSTER_COLUMNS: TableColumnsType<RosterRowView> = [
  { title: 'Mã CB', dataIndex: 'code', width: 100 },
  { title: 'Họ và tên', dataIndex: 'fullName', width: 200 },
  { title: 'Giới tính', dataIndex: 'gender', width: 90, render: (v: string | null) => genderLabel(v) },
  { title: 'Ngày sinh', dataIndex: 'birthDate', width: 110, render: (v: string | null) => formatDayVi(v) },
  { title: 'Loại', dataIndex: 'category', width: 130, render: (v: string) => categoryLabel(v) },
  { title: 'Chức vụ', dataIndex: 'position', width: 170 },
  { title: 'Đơn vị', dataIndex: 'unitName', width: 230 },
  { title: 'Điện thoại', dataIndex: 'phone', width: 120 },
  {
    title: 'Trạng thái',
    dataIndex: 'status',
    width: 150,
    render: (v: string) => <Tag color={v === 'active' ? 'green' : 'default'}>{statusLabel(v)}</Tag>,
  },
  { title: 'Ngày ký cam kết', dataIndex: 'commitmentSignedAt', width: 140, render: (v: string | null) => formatDayVi(v) },
];

export const ROSTER_TABLE_WIDTH = ROSTER_COLUMNS.reduce((sum, column) => sum + Number(column.width ?? 0), 0);
