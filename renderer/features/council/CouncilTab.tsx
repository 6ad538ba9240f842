/** Hội đồng thi đua – khen thưởng: the year's meetings, a new meeting, and the chosen meeting from candidates to decision. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, InputNumber, Space, Table, Tag } from 'antd';
import type { CouncilMeetingSummary } from '../../../shared/api/councilTypes';
import { LoadError } from '../../components/LoadError';
import { formatDayVi } from '../../lib/format';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { CreateMeetingModal } from './CreateMeetingModal';
import { MeetingPanel } from './MeetingPanel';

export function CouncilTab({ year: initialYear }: { year: number }) {
  const queryClient = useQueryClient();
  const [year, setYear] = useState(initialYear);
  const [openId, setOpenId] = useState<string | null>(null);
  const [isCreating, setCreating] = useState(false);
  const list = useQuery({ queryKey: queryKeys.councilMeetings(year), queryFn: () => apiQuery((api) => api.listCouncilMeetings({ year })) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.council });
  return (
    <div data-testid="council-tab">
      <Space style={{ marginBottom: 8 }}>
        <span>Năm</span>
        <InputNumber aria-label="Năm họp Hội đồng" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        <Button type="primary" onClick={() => setCreating(true)} data-testid="council-create">Tạo cuộc họp…</Button>
      </Space>
      {list.isError && <LoadError what="cuộc họp Hội đồng" error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CouncilMeetingSummary>
        size="small" rowKey="id" dataSource={list.data ?? []} pagination={false} loading={list.isLoading}
        locale={{ emptyText: `Chưa có cuộc họp Hội đồng năm ${year}.` }}
        onRow={(m) => ({ onClick: () => setOpenId(m.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: 'Cuộc họp', dataIndex: 'label' },
          { title: 'Ngày họp', render: (_: unknown, m) => (m.date ? formatDayVi(m.date) : '') },
          { title: 'Thành viên có mặt', render: (_: unknown, m) => `${m.present}/${m.members}` },
          { title: 'Số người, tập thể xét', dataIndex: 'candidates' },
          { title: 'Đạt', render: (_: unknown, m) => (m.passed === null ? 'Chưa kiểm phiếu' : m.passed) },
          { title: 'Trạng thái', render: (_: unknown, m) => <Tag color={m.status === 'closed' ? 'blue' : 'green'}>{m.status === 'closed' ? 'Đã kết thúc' : 'Đang họp'}</Tag> },
        ]}
      />
      {openId && <MeetingPanel id={openId} onChanged={refresh} />}
      {isCreating && <CreateMeetingModal year={year} onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); refresh(); setOpenId(id); }} />}
    </div>
  );
}
