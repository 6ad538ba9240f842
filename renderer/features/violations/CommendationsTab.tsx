/** Commendations (biểu dương, khen thưởng, người tốt việc tốt): list by year, add new ones, edit or delete them. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CommendationRow } from '../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { LoadError } from '../../components/LoadError';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { useRemainingHeight } from '../../lib/useRemainingHeight';
import { CommendationFormModal } from './CommendationFormModal';
import type { ViolationRefs } from './useViolationRefs';

function whoOf(r: CommendationRow): string {
  return r.people.length > 0 ? r.people.map((p) => p.fullName).join(', ') : `tập thể ${r.unitName}`;
}

export function CommendationsTab({ refs }: { refs: ViolationRefs }) {
  const call = useApiCall();
  const { message } = App.useApp();
  // The list scrolls inside its own area under its header; the pager stays in sight (≈ 40 + 56 px).
  const [tableArea, tableHeight] = useRemainingHeight(260, 36);
  const [isAdding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CommendationRow | null>(null);
  const queryClient = useQueryClient();
  const listQuery = useQuery({ queryKey: queryKeys.commendations, queryFn: () => apiQuery((api) => api.listCommendations({})) });
  const rows = listQuery.data ?? null;
  const reload = () => queryClient.invalidateQueries({ queryKey: queryKeys.commendations });

  const remove = async (row: CommendationRow) => {
    const result = await call((api) => api.deleteCommendation({ id: row.id }));
    if (!result.ok) return;
    void message.success(`Đã xóa ${row.formLabel.toLowerCase()} ngày ${formatIsoDay(row.date)} của ${whoOf(row)}.`);
    void reload();
  };

  const columns: TableColumnsType<CommendationRow> = [
    { title: 'Ngày', dataIndex: 'date', width: 110, render: (d: string) => formatIsoDay(d) },
    { title: 'Cá nhân / tập thể', render: (_v, r) => (r.people.length > 0 ? whoOf(r) : `Tập thể ${r.unitName}`) },
    { title: 'Hình thức', dataIndex: 'formLabel', width: 170 },
    { title: 'Lý do', dataIndex: 'reason' },
    { title: 'Quyết định', width: 200, render: (_v, r) => (r.decision ? `Số ${r.decision.number} ngày ${formatIsoDay(r.decision.date)}` : '') },
    {
      title: '', width: 110,
      render: (_v, r) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setEditing(r)}>Sửa</Button>
          <Popconfirm title={`Xóa ${r.formLabel.toLowerCase()} ngày ${formatIsoDay(r.date)} của ${whoOf(r)}?`} okText="Xóa" cancelText="Thôi" onConfirm={() => void remove(r)}>
            <Button size="small" type="link" danger>Xóa</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="commendations-tab">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{rows ? `${rows.length} bản ghi` : 'Đang tải…'}</Typography.Text>
        <Button type="primary" onClick={() => setAdding(true)}>Thêm biểu dương, khen thưởng</Button>
      </Flex>
      {listQuery.isError && <LoadError what="danh sách biểu dương, khen thưởng" error={listQuery.error} onRetry={() => void listQuery.refetch()} />}
      <div ref={tableArea}>
        <Table rowKey="id" size="small" columns={columns} dataSource={rows ?? []} loading={listQuery.isPending} pagination={{ pageSize: 20 }} scroll={{ y: tableHeight - 96 }} />
      </div>
      {isAdding && <CommendationFormModal refs={refs} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); void reload(); }} />}
      {editing && <CommendationFormModal key={editing.id} refs={refs} row={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void reload(); }} />}
    </Flex>
  );
}
