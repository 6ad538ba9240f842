/** Danh hiệu cuối năm: eligibility explained, initiatives, the proposals list and revocations with their reason. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, InputNumber, Space, Table, Tag, Tooltip } from 'antd';
import type { TitleCandidate, TitleProposalView, TitlesView } from '../../../shared/api/scoringTypes';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { TITLE_LABELS, type TitleEligibility } from '../../../shared/domain/titles';
import { RATING_LABELS } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { LoadError } from '../../components/LoadError';
import { formatDateTimeVi } from '../../lib/format';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { ClassificationModal } from './ClassificationModal';
import { UpwardTags } from './UpwardTags';

function Eligibility({ e, onPropose }: { e: TitleEligibility; onPropose: () => void }) {
  const reasons = e.checks.map((c) => `${c.isMet ? '✓' : '✗'} ${c.label}: ${c.detail}`).join('\n');
  return (
    <Space>
      <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{reasons}</span>}>
        <Tag color={e.isEligible ? 'green' : 'default'}>{TITLE_LABELS[e.title]}: {e.isEligible ? 'đủ điều kiện' : 'chưa đủ'}</Tag>
      </Tooltip>
      {e.isEligible && <Button size="small" onClick={onPropose}>Đề nghị</Button>}
    </Space>
  );
}

export function TitlesTab({ year: initialYear }: { year: number }) {
  const call = useApiCall();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(initialYear);
  const titlesQuery = useQuery({ queryKey: queryKeys.titles(year), queryFn: () => apiQuery((api) => api.getTitles({ year })) });
  const view = titlesQuery.data;
  const setView = (next: TitlesView) => queryClient.setQueryData(queryKeys.titles(year), next);
  const [classifying, setClassifying] = useState<TitleCandidate | null>(null);
  const propose = async (c: TitleCandidate, e: TitleEligibility) => {
    const r = await call((api) => api.proposeTitle({ year, title: e.title, subjectId: c.subjectId }));
    if (r.ok) setView(r.data);
  };
  const revoke = (p: TitleProposalView) => {
    let reason = '';
    modal.confirm({
      title: `Thu hồi đề nghị "${TITLE_LABELS[p.title]}" — ${p.name}`,
      content: <Input.TextArea aria-label="Lý do thu hồi" onChange={(ev) => (reason = ev.target.value)} />,
      okText: 'Thu hồi', cancelText: 'Hủy',
      onOk: async () => {
        const r = await call((api) => api.revokeTitle({ id: p.id, reason }));
        if (r.ok) setView(r.data);
        else throw new Error(r.error.message);
      },
    });
  };
  const initiative = (c: TitleCandidate) => {
    let name = c.initiative?.name ?? '';
    modal.confirm({
      title: `Sáng kiến được công nhận — ${c.name}`,
      content: <Input aria-label="Tên sáng kiến" defaultValue={name} onChange={(ev) => (name = ev.target.value)} />,
      okText: 'Lưu', cancelText: 'Hủy',
      onOk: async () => {
        const r = await call((api) => api.saveInitiative({ year, staffId: c.subjectId, initiative: name.trim() ? { name, recognisedBy: 'Hội đồng sáng kiến cơ sở', date: `${year}-12-31` } : null }));
        if (r.ok) setView(r.data);
      },
    });
  };
  return (
    <div data-testid="titles-tab">
      <Space style={{ marginBottom: 8 }}><span>Năm</span><InputNumber decimalSeparator="," aria-label="Năm xét danh hiệu" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} /></Space>
      {titlesQuery.isError && <LoadError what="danh hiệu" error={titlesQuery.error} onRetry={() => void titlesQuery.refetch()} />}
      {view && (
        <>
          <Alert type={view.soldierQuota.isOver ? 'warning' : 'info'} showIcon message={view.soldierQuota.message} description={view.soldierRatioNote} style={{ marginBottom: 8 }} />
          <Table size="small" rowKey="subjectId" dataSource={view.people} pagination={{ pageSize: 20 }} columns={[
            { title: 'Mã', dataIndex: 'code' }, { title: 'Họ và tên', dataIndex: 'name' }, { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Điểm năm', render: (_: unknown, c: TitleCandidate) => formatPoints(c.yearTotal) },
            {
              title: 'Xếp loại năm',
              render: (_: unknown, c: TitleCandidate) => (
                <Tooltip title={[c.classification?.source, c.conductRating ? `Minh chứng — chấm điểm văn hóa công sở: ${RATING_LABELS[c.conductRating]}` : ''].filter(Boolean).join('. ')}>
                  <span data-testid="year-classification">{c.yearRating ? RATING_LABELS[c.yearRating] : c.classification?.rating ? `${RATING_LABELS[c.classification.rating]} (tạm tính)` : UNSCORED_LABEL}</span>
                </Tooltip>
              ),
            },
            { title: 'Danh hiệu', render: (_: unknown, c: TitleCandidate) => <Space direction="vertical">{c.eligibility.map((e) => <Eligibility key={e.title} e={e} onPropose={() => void propose(c, e)} />)}<UpwardTags c={c} /></Space> },
            {
              title: '',
              render: (_: unknown, c: TitleCandidate) => (
                <Space direction="vertical">
                  <Button size="small" onClick={() => initiative(c)}>{c.initiative ? 'Sửa sáng kiến' : 'Ghi sáng kiến'}</Button>
                  <Button size="small" onClick={() => setClassifying(c)}>Nhập xếp loại năm</Button>
                </Space>
              ),
            },
          ]} />
          <Table size="small" rowKey="subjectId" dataSource={view.units} pagination={false} style={{ marginTop: 12 }} columns={[
            { title: 'Đơn vị', dataIndex: 'name' },
            { title: 'Tập thể lao động tiên tiến', render: (_: unknown, c: TitleCandidate) => c.eligibility.map((e) => <Eligibility key={e.title} e={e} onPropose={() => void propose(c, e)} />) },
            { title: 'Đề nghị cấp Thành phố', render: (_: unknown, c: TitleCandidate) => <UpwardTags c={c} /> },
          ]} />
          <h4 style={{ marginTop: 16 }}>Danh sách đề nghị</h4>
          <Table size="small" rowKey="id" dataSource={view.proposals} pagination={false} data-testid="title-proposals" columns={[
            { title: 'Danh hiệu', render: (_: unknown, p: TitleProposalView) => TITLE_LABELS[p.title] },
            { title: 'Người / đơn vị', dataIndex: 'name' },
            { title: 'Đề nghị', render: (_: unknown, p: TitleProposalView) => `${p.proposedBy}, ${formatDateTimeVi(p.proposedAt)}` },
            { title: 'Trạng thái', render: (_: unknown, p: TitleProposalView) => (p.status === 'revoked' ? <Tooltip title={p.revokeReason}><Tag color="red">Đã thu hồi: {p.revokeReason}</Tag></Tooltip> : <Tag color={p.isEligible ? 'green' : 'orange'}>{p.isEligible ? 'Đề nghị' : 'Đề nghị (nay chưa đủ điều kiện)'}</Tag>) },
            { title: '', render: (_: unknown, p: TitleProposalView) => p.status === 'proposed' && <Button size="small" danger onClick={() => revoke(p)}>Thu hồi</Button> },
          ]} />
        </>
      )}
      {classifying && <ClassificationModal candidate={classifying} year={year} onClose={() => setClassifying(null)} onSaved={() => { setClassifying(null); void titlesQuery.refetch(); }} />}
    </div>
  );
}
