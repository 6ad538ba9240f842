/** The vote share each title needs, editable while the meeting is open, each with its basis (the ward's choice where the law is silent). */
import { useEffect, useState } from 'react';
import { Button, Input, InputNumber, List, Select, Space } from 'antd';
import type { CouncilMeetingView } from '../../../shared/api/councilTypes';
import { BASE_LABELS } from '../../../shared/domain/councilRules';
import type { ThresholdBase, VoteThreshold } from '../../../shared/schema/council';
import { useApiCall } from '../../lib/useApiCall';

type Row = VoteThreshold & { titleLabel: string; text: string };

export function ThresholdsEditor({ meeting: m, onSaved }: { meeting: CouncilMeetingView; onSaved: (m: CouncilMeetingView) => void }) {
  const call = useApiCall();
  const [rows, setRows] = useState<Row[]>(m.thresholds);
  const [isEditing, setEditing] = useState(false);
  useEffect(() => setRows(m.thresholds), [m]);
  const isOpen = m.status === 'open';
  const set = (title: string, patch: Partial<VoteThreshold>) => setRows((list) => list.map((r) => (r.title === title ? { ...r, ...patch } : r)));
  const save = async () => {
    const thresholds = rows.map(({ title, percent, base, isInclusive, basis }) => ({ title, percent, base, isInclusive, basis }));
    const r = await call((api) => api.updateCouncilMeeting({ id: m.id, thresholds }));
    if (r.ok) {
      setEditing(false);
      onSaved(r.data);
    }
  };
  return (
    <List size="small" data-testid="council-thresholds" dataSource={isEditing ? rows : m.thresholds}
      header={<Space><b>Tỷ lệ phiếu để được đề nghị</b>{isOpen && !isEditing && <Button size="small" onClick={() => setEditing(true)}>Sửa tỷ lệ</Button>}
        {isEditing && <><Button size="small" type="primary" onClick={() => void save()}>Lưu tỷ lệ</Button><Button size="small" onClick={() => setEditing(false)}>Hủy</Button></>}</Space>}
      renderItem={(t) => (
        <List.Item>
          {!isEditing ? <span><b>{t.titleLabel}</b>: {t.text}. <i>Căn cứ: {t.basis}.</i></span> : (
            <Space wrap>
              <b>{t.titleLabel}</b>
              <Select aria-label={`Cách tính ${t.titleLabel}`} value={t.isInclusive ? 'from' : 'over'} style={{ width: 110 }} onChange={(v) => set(t.title, { isInclusive: v === 'from' })} options={[{ value: 'from', label: 'từ … trở lên' }, { value: 'over', label: 'trên' }]} />
              <InputNumber aria-label={`Tỷ lệ ${t.titleLabel} (%)`} min={0} max={100} value={t.percent} onChange={(v) => set(t.title, { percent: v ?? 0 })} addonAfter="%" />
              <Select aria-label={`Tính trên (${t.titleLabel})`} value={t.base} style={{ width: 220 }} onChange={(v: ThresholdBase) => set(t.title, { base: v })} options={(Object.keys(BASE_LABELS) as ThresholdBase[]).map((b) => ({ value: b, label: BASE_LABELS[b] }))} />
              <Input aria-label={`Căn cứ ${t.titleLabel}`} value={t.basis} onChange={(e) => set(t.title, { basis: e.target.value })} style={{ width: 420 }} />
            </Space>
          )}
        </List.Item>
      )} />
  );
}
