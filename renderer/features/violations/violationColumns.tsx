/** Columns of the violation list. */
import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ViolationRow } from '../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { STATE_COLORS } from './violationFormat';

/** antd's secondary text colour. */
const SECONDARY = { color: 'rgba(0, 0, 0, 0.45)' };

export const violationColumns: TableColumnsType<ViolationRow> = [
  { title: 'Ngày', dataIndex: 'date', width: 104, render: (date: string, row) => `${formatIsoDay(date)}${row.time ? ` ${row.time}` : ''}` },
  // One line a row (the whole text in the cell's title), so eight rows fit at 1093×574. Plain elements and
  // the browser's own titles: a list of new rows is drawn at each search (see ViolationsTab).
  {
    title: 'Người vi phạm',
    width: 190,
    ellipsis: { showTitle: false },
    render: (_v, row) => (
      <span title={row.people.map((p) => `${p.fullName} (${p.code})`).join(', ')}>
        {row.people.map((p, i) => <span key={p.id}>{i > 0 ? ', ' : ''}{p.fullName} <span style={SECONDARY}>({p.code})</span></span>)}
      </span>
    ),
  },
  { title: 'Đơn vị', width: 160, ellipsis: true, render: (_v, row) => [...new Set(row.people.map((p) => p.unitName).filter(Boolean))].join('; ') },
  {
    title: 'Điều khoản',
    width: 130,
    ellipsis: { showTitle: false },
    render: (_v, row) => row.rules.map((r) => <Tag key={r.short} title={r.text ? `${r.label}: ${r.text}` : r.label}>{r.short}</Tag>),
  },
  // No width: it takes what the others leave, never less than NOI_DUNG_MIN (the table scrolls sideways instead).
  { title: 'Nội dung', dataIndex: 'description', ellipsis: true },
  { title: 'Trạng thái', dataIndex: 'stateLabel', width: 110, render: (label: string, row) => <Tag color={STATE_COLORS[row.state]}>{label}</Tag> },
  { title: 'Biện pháp', dataIndex: 'measureLabel', width: 150, ellipsis: true },
];

const NOI_DUNG_MIN = 240;

/** The table's scroll width: the fixed columns plus the least "Nội dung" keeps. */
export const VIOLATION_TABLE_MIN_WIDTH = violationColumns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0) + NOI_DUNG_MIN;
