/** Adding someone by hand while the meeting is open: giấy khen, người tốt việc tốt, with the achievement the council reads. */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space } from 'antd';
import type { CouncilMeetingView } from '../../../shared/api/councilTypes';
import { AGENDA_LABELS } from '../../../shared/domain/councilRules';
import { AGENDA_TITLES, type AgendaTitle } from '../../../shared/schema/council';
import { apiQuery } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';

export function AddCandidate({ meeting: m, onSaved }: { meeting: CouncilMeetingView; onSaved: (m: CouncilMeetingView) => void }) {
  const call = useApiCall();
  const staff = useQuery({ queryKey: ['council', 'staff'], queryFn: () => apiQuery((api) => api.listStaff({ status: 'active' })) });
  const [title, setTitle] = useState<AgendaTitle>('certificateOfMerit');
  const [subjectId, setSubjectId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const add = async () => {
    if (!subjectId) return;
    const r = await call((api) => api.updateCouncilMeeting({ id: m.id, addCandidates: [{ title, subjectId, reason }] }));
    if (r.ok) {
      setSubjectId(undefined);
      setReason('');
      onSaved(r.data);
    }
  };
  if (m.status !== 'open' || m.tally) return null;
  return (
    <Space wrap style={{ margin: '8px 0' }} data-testid="council-add">
      <span>Thêm vào danh sách xét:</span>
      <Select aria-label="Hình thức" value={title} style={{ width: 220 }} onChange={setTitle} options={AGENDA_TITLES.map((t) => ({ value: t, label: AGENDA_LABELS[t] }))} />
      <Select aria-label="Người được đề nghị" value={subjectId} style={{ width: 260 }} showSearch optionFilterProp="label" onChange={setSubjectId}
        options={(staff.data ?? []).map((s) => ({ value: s.id, label: `${s.fullName} — ${s.unitName}` }))} />
      <Input aria-label="Thành tích" placeholder="Thành tích (người tốt việc tốt, …)" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 320 }} />
      <Button disabled={!subjectId || reason.trim().length === 0} onClick={() => void add()}>Thêm</Button>
    </Space>
  );
}
