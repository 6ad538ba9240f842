/** One council meeting: attendance, the vote rules with their basis, the tally, closing, documents and the decision. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Descriptions, List, Space, Table, Tag } from 'antd';
import type { CouncilMeetingView } from '../../../shared/api/councilTypes';
import { LoadError } from '../../components/LoadError';
import { formatDayVi } from '../../lib/format';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { MeetingDocuments } from './MeetingDocuments';
import { TallyTable } from './TallyTable';
import { ThresholdsEditor } from './ThresholdsEditor';
import { AddCandidate } from './AddCandidate';

export function MeetingPanel({ id, onChanged }: { id: string; onChanged: () => void }) {
  const call = useApiCall();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.councilMeeting(id), queryFn: () => apiQuery((api) => api.getCouncilMeeting({ id })) });
  const m = query.data;
  const setView = (next: CouncilMeetingView) => {
    queryClient.setQueryData(queryKeys.councilMeeting(id), next);
    onChanged();
  };
  if (query.isError) return <LoadError what="cuộc họp" error={query.error} onRetry={() => void query.refetch()} />;
  if (!m) return null;
  const isOpen = m.status === 'open';
  const toggle = async (staffId: string, isPresent: boolean) => {
    const members = m.memberList.map((x) => ({ staffId: x.staffId, role: x.role, isPresent: x.staffId === staffId ? isPresent : x.isPresent, absenceNote: x.absenceNote }));
    const r = await call((api) => api.updateCouncilMeeting({ id, members }));
    if (r.ok) setView(r.data);
  };
  const close = () => modal.confirm({
    title: 'Kết thúc cuộc họp?',
    content: 'Kết quả kiểm phiếu sẽ được khóa. Sau đó chỉ điều chỉnh được kèm lý do, và mọi điều chỉnh được ghi vào biên bản.',
    okText: 'Kết thúc, khóa kết quả', cancelText: 'Hủy',
    onOk: async () => {
      const r = await call((api) => api.closeCouncilMeeting({ id }));
      if (r.ok) setView(r.data);
      else throw new Error(r.error.message);
    },
  });
  return (
    <Card size="small" style={{ marginTop: 12 }} data-testid="council-meeting" title={<Space>{m.label}<Tag color={isOpen ? 'green' : 'blue'}>{isOpen ? 'Đang họp' : 'Đã kết thúc — kết quả đã khóa'}</Tag></Space>}
      extra={isOpen && <Button danger onClick={close} disabled={!m.tally || m.problems.length > 0} data-testid="council-close">Kết thúc cuộc họp</Button>}>
      <Descriptions size="small" column={3} items={[
        { key: 'date', label: 'Ngày họp', children: m.date ? formatDayVi(m.date) : 'Chưa ghi' },
        { key: 'place', label: 'Địa điểm', children: m.place || 'Chưa ghi' },
        { key: 'present', label: 'Có mặt', children: `${m.present}/${m.members} thành viên` },
      ]} />
      {m.members === 0 && <Alert type="warning" showIcon message="Hội đồng chưa có thành viên: tạo lại cuộc họp với Chủ tịch, Thư ký và các Ủy viên." />}
      <Table size="small" rowKey="staffId" pagination={false} dataSource={m.memberList} style={{ margin: '8px 0' }} columns={[
        { title: 'Thành viên', dataIndex: 'fullName' }, { title: 'Chức vụ', dataIndex: 'position' }, { title: 'Trong Hội đồng', dataIndex: 'roleLabel' },
        { title: 'Có mặt', render: (_: unknown, x) => <Checkbox aria-label={`${x.fullName} có mặt`} checked={x.isPresent} disabled={!isOpen || Boolean(m.tally)} onChange={(e) => void toggle(x.staffId, e.target.checked)} /> },
      ]} />
      <ThresholdsEditor meeting={m} onSaved={setView} />
      <AddCandidate meeting={m} onSaved={setView} />
      <TallyTable meeting={m} onSaved={setView} />
      {m.amendments.length > 0 && (
        <List size="small" header={<b>Điều chỉnh sau khi kết thúc</b>} dataSource={m.amendments} renderItem={(a) => <List.Item>{formatDayVi(a.at.slice(0, 10))} — {a.by}: {a.reason}</List.Item>} />
      )}
      <MeetingDocuments meeting={m} onChanged={onChanged} />
    </Card>
  );
}
