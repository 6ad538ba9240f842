/** Kỳ đánh giá: a year's periods with progress and counts; close one (scores locked, PDF snapshot with its hash). */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, InputNumber, Space, Table, Tag, Tooltip } from 'antd';
import type { PeriodSummary } from '../../../shared/api/scoringTypes';
import { RATINGS, RATING_SHORT } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { LoadError } from '../../components/LoadError';
import { formatDateTimeVi } from '../../lib/format';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import type { Selection } from './selection';
import { CloseIncompleteModal } from './CloseIncompleteModal';
import { ScoringSettingsModal } from './ScoringSettingsModal';
import { SnapshotButton } from './SnapshotButton';

interface Props {
  selection: Selection;
  onChanged: () => void;
  onOpen: (selection: Selection) => void;
}

export function PeriodsTab({ selection, onChanged, onOpen }: Props) {
  const call = useApiCall();
  const { modal, message } = App.useApp();
  const [year, setYear] = useState(Number(selection.period.slice(0, 4)));
  const periodsQuery = useQuery({ queryKey: queryKeys.periods(year, selection.setId), queryFn: () => apiQuery((api) => api.listPeriods({ year, setId: selection.setId })) });
  const [incomplete, setIncomplete] = useState<PeriodSummary | null>(null);
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const closeIncomplete = async (p: PeriodSummary, reason: string) => {
    const r = await call((api) => api.closePeriod({ period: p.key, setId: p.setId, allowIncomplete: true, reason }));
    if (r.ok) {
      setIncomplete(null);
      void message.success(`Đã khóa ${p.label} (chưa chấm đủ ${p.missing.length} người). Bản chốt: ${r.data.snapshotFile}`);
      onChanged();
    }
  };
  const close = (p: PeriodSummary) =>
    p.missing.length > 0 ? setIncomplete(p) : modal.confirm({
      title: `Khóa ${p.label}?`,
      content: 'Điểm của kỳ bị khóa, một bản PDF chốt kết quả được lưu vào thư mục dữ liệu kèm mã băm. Sửa sau khi khóa phải ghi lý do điều chỉnh.',
      okText: 'Khóa kỳ',
      cancelText: 'Hủy',
      onOk: async () => {
        const r = await call((api) => api.closePeriod({ period: p.key, setId: p.setId }));
        if (r.ok) {
          void message.success(`Đã khóa ${p.label}. Bản chốt: ${r.data.snapshotFile}`);
          onChanged();
        }
      },
    });
  return (
    <div data-testid="periods-tab">
      <Space style={{ marginBottom: 8 }}>
        <span>Năm</span>
        <InputNumber decimalSeparator="," aria-label="Năm của các kỳ" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Button onClick={() => setSettingsOpen(true)}>Cài đặt chấm điểm…</Button>
      </Space>
      {periodsQuery.isError && <LoadError what="các kỳ đánh giá" error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />}
      <Table size="small" rowKey={(p) => `${p.key}|${p.setId}`} loading={periodsQuery.isPending} dataSource={periodsQuery.data ?? []} pagination={false} columns={[
        { title: 'Kỳ', dataIndex: 'label' },
        { title: 'Bộ tiêu chí', dataIndex: 'setName' },
        {
          title: 'Đã chấm đủ',
          render: (_: unknown, p: PeriodSummary) => (
            <Tooltip title={p.missing.length > 0 ? <span style={{ whiteSpace: 'pre-line' }}>{`Chưa chấm đủ:\n${p.missing.join('\n')}`}</span> : ''}>
              <span data-testid={`scored-${p.key}`}>{p.scored}/{p.subjects}</span>
            </Tooltip>
          ),
        },
        { title: 'Kết quả', render: (_: unknown, p: PeriodSummary) => [...RATINGS.map((r) => <Tag key={r}>{RATING_SHORT[r]} {p.counts[r]}</Tag>), <Tag key="unscored">{UNSCORED_LABEL} {p.counts.unscored}</Tag>] },
        {
          title: 'Trạng thái',
          render: (_: unknown, p: PeriodSummary) => p.status === 'closed'
            ? <Tooltip title={p.snapshotSha256 ? `SHA-256: ${p.snapshotSha256}` : ''}><Tag color="default">Đã khóa{p.closedAt ? ` ${formatDateTimeVi(p.closedAt)}` : ''}</Tag>{p.amendments.length > 0 && <Tag color="orange">{p.amendments.length} điều chỉnh</Tag>}{p.incompleteClose && <Tag color="red" title={`${p.incompleteClose.reason} — ${p.incompleteClose.missing.join('; ')}`}>Khóa khi chưa chấm đủ</Tag>}</Tooltip>
            : <Tag color="green">Đang mở</Tag>,
        },
        {
          title: '',
          render: (_: unknown, p: PeriodSummary) => (
            <Space>
              <Button size="small" onClick={() => onOpen({ ...selection, period: p.key, setId: p.setId })}>Mở</Button>
              {p.status === 'closed' && p.snapshotFile && <SnapshotButton period={p} />}
              {p.status === 'open' && p.kind === 'month' && <Button size="small" danger onClick={() => close(p)} data-testid={`close-${p.key}`}>Khóa kỳ</Button>}
              {p.status === 'open' && p.kind !== 'month' && <Button size="small" onClick={() => close(p)}>Khóa kỳ</Button>}
            </Space>
          ),
        },
      ]} />
      {isSettingsOpen && <ScoringSettingsModal onClose={() => setSettingsOpen(false)} onSaved={() => { setSettingsOpen(false); onChanged(); }} />}
      {incomplete && <CloseIncompleteModal period={incomplete} onClose={() => setIncomplete(null)} onConfirm={(reason) => closeIncomplete(incomplete, reason)} />}
    </div>
  );
}
