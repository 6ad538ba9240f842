/** The secretary's tally: ballots issued, returned and spoiled, "đồng ý" votes per candidate; after closing only with a reason. */
import { useEffect, useState } from 'react';
import { Alert, Button, Input, InputNumber, Space, Table, Tag, Tooltip } from 'antd';
import type { CouncilCandidateView, CouncilMeetingView } from '../../../shared/api/councilTypes';
import { useApiCall } from '../../lib/useApiCall';

interface Counts {
  issued: number | null;
  returned: number | null;
  spoiled: number | null;
  votes: Record<string, number | null>;
}

function countsOf(m: CouncilMeetingView): Counts {
  return { issued: m.tally?.issued ?? m.present, returned: m.tally?.returned ?? null, spoiled: m.tally?.spoiled ?? 0, votes: { ...(m.tally?.votes ?? {}) } };
}

export function TallyTable({ meeting: m, onSaved }: { meeting: CouncilMeetingView; onSaved: (m: CouncilMeetingView) => void }) {
  const call = useApiCall();
  const [counts, setCounts] = useState<Counts>(() => countsOf(m));
  const [reason, setReason] = useState('');
  const [isSaving, setSaving] = useState(false);
  useEffect(() => setCounts(countsOf(m)), [m]);
  const isOpen = m.status === 'open';
  const save = async () => {
    setSaving(true);
    const votes = Object.fromEntries(Object.entries(counts.votes).filter((e): e is [string, number] => typeof e[1] === 'number'));
    const r = await call((api) => api.recordCouncilTally({ id: m.id, issued: counts.issued ?? 0, returned: counts.returned ?? 0, spoiled: counts.spoiled ?? 0, votes, ...(isOpen ? {} : { reason }) }));
    setSaving(false);
    if (r.ok) {
      setReason('');
      onSaved(r.data);
    }
  };
  const number = (label: string, key: 'issued' | 'returned' | 'spoiled') => (
    <Space size={4}><span>{label}</span><InputNumber aria-label={label} min={0} value={counts[key]} onChange={(v) => setCounts((c) => ({ ...c, [key]: v }))} /></Space>
  );
  return (
    <div style={{ margin: '8px 0' }} data-testid="council-tally">
      <Space wrap style={{ marginBottom: 8 }}>
        {number('Phiếu phát ra', 'issued')}{number('Phiếu thu về', 'returned')}{number('Phiếu không hợp lệ', 'spoiled')}
        {m.summary && <span>Phiếu hợp lệ: <b>{m.summary.valid}</b>; không thu về: {m.summary.missing}</span>}
      </Space>
      <Table<CouncilCandidateView> size="small" rowKey="no" pagination={false} dataSource={m.candidateList} columns={[
        { title: 'STT', dataIndex: 'no', width: 56 },
        { title: 'Họ và tên / Tập thể', render: (_: unknown, c) => <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{[...c.facts, c.reason].filter(Boolean).join('\n')}</span>}><span>{c.name}</span></Tooltip> },
        { title: 'Đơn vị', dataIndex: 'unitName' },
        { title: 'Danh hiệu', dataIndex: 'titleLabel' },
        { title: 'Kết quả xếp loại, kỷ luật…', render: (_: unknown, c) => <span style={{ fontSize: 12 }}>{c.facts.slice(0, 2).join('; ')}</span> },
        {
          title: 'Đồng ý', width: 110,
          render: (_: unknown, c) => <InputNumber aria-label={`Số phiếu đồng ý số ${c.no}`} min={0} value={counts.votes[String(c.no)] ?? null} onChange={(v) => setCounts((x) => ({ ...x, votes: { ...x.votes, [String(c.no)]: v } }))} />,
        },
        { title: 'Kết quả', render: (_: unknown, c) => (c.result ? <Tooltip title={c.result.rule}><Tag color={c.result.isPassed ? 'green' : 'default'}>{String(c.result.percent).replace('.', ',')}% — {c.result.isPassed ? 'Đạt' : 'Không đạt'}</Tag></Tooltip> : null) },
      ]} />
      {m.problems.length > 0 && <Alert type="error" showIcon message={m.problems.join(' ')} />}
      <Space style={{ marginTop: 8 }}>
        {!isOpen && <Input aria-label="Lý do điều chỉnh" placeholder="Lý do điều chỉnh kết quả (bắt buộc)" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 360 }} />}
        <Button type="primary" loading={isSaving} onClick={() => void save()} disabled={!isOpen && reason.trim().length < 5} data-testid="council-save-tally">
          {isOpen ? 'Lưu kết quả kiểm phiếu' : 'Điều chỉnh kết quả'}
        </Button>
      </Space>
    </div>
  );
}
