/** Đơn vị: the units in their order (move up/down), with head, staff count and commitment progress. */
import { useState } from 'react';
import { Button, Flex, Progress, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { UnitView } from '../../../shared/api/rosterTypes';
import { useApiCall } from '../../lib/useApiCall';
import { UnitFormModal } from './UnitFormModal';
import type { Roster } from './useRoster';

interface Props {
  roster: Roster;
  onChanged: () => void;
}

export function UnitsTab({ roster, onChanged }: Props) {
  const call = useApiCall();
  const [editing, setEditing] = useState<UnitView | 'new' | null>(null);
  const [isMoving, setMoving] = useState(false);
  const units = roster.units;

  async function move(index: number, step: -1 | 1) {
    const ids = units.map((u) => u.id);
    const other = index + step;
    [ids[index], ids[other]] = [ids[other] ?? '', ids[index] ?? ''];
    setMoving(true);
    const result = await call((api) => api.reorderUnits({ ids }));
    setMoving(false);
    if (result.ok) onChanged();
  }

  const columns: TableColumnsType<UnitView> = [
    {
      title: 'Thứ tự',
      key: 'order',
      width: 80,
      render: (_v, _u, i) => (
        <Space size={4}>
          <Button size="small" aria-label="Chuyển lên" disabled={i === 0 || isMoving} onClick={() => void move(i, -1)}>
            ↑
          </Button>
          <Button size="small" aria-label="Chuyển xuống" disabled={i === units.length - 1 || isMoving} onClick={() => void move(i, 1)}>
            ↓
          </Button>
        </Space>
      ),
    },
    // "Ngừng hoạt động" beside the name: one column fewer, so the name keeps its room at 1093 px.
    { title: 'Tên đơn vị', dataIndex: 'name', render: (name: string, u) => (u.isActive ? name : <>{name} <Tag>Ngừng hoạt động</Tag></>) },
    { title: 'Viết tắt', dataIndex: 'shortName', width: 110 },
    { title: 'Người đứng đầu', dataIndex: 'headName', width: 170 },
    { title: 'Số cán bộ', dataIndex: 'staffCount', width: 90, align: 'right' },
    {
      title: 'Đã ký cam kết',
      key: 'signed',
      width: 150,
      render: (_v, u) => (
        <Progress
          size="small"
          percent={u.staffCount > 0 ? Math.round((u.signedCount / u.staffCount) * 100) : 0}
          format={() => `${u.signedCount}/${u.staffCount}`}
        />
      ),
    },
    { title: '', key: 'edit', width: 64, render: (_v, u) => <Button size="small" onClick={() => setEditing(u)}>Sửa</Button> },
  ];

  return (
    <Flex vertical gap={16} data-testid="units-tab">
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setEditing('new')}>
          Thêm đơn vị
        </Button>
      </Flex>
      <Table rowKey="id" size="small" columns={columns} dataSource={units} pagination={false} loading={roster.isLoading} locale={{ emptyText: 'Chưa có đơn vị nào.' }} />
      {editing && (
        <UnitFormModal
          unit={editing === 'new' ? null : editing}
          rows={roster.rows}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}
