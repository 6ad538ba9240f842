/** One violation: its facts, where it stands in the workflow, the actions allowed now, evidence and history. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Space, Spin, Steps, Tag } from 'antd';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { SEVERITY_LABELS, VIOLATION_STATE_LABELS, type ViolationState } from '../../../shared/schema/violation';
import { useApiCall } from '../../lib/useApiCall';
import { AmendModal } from './AmendModal';
import { EvidenceList } from './EvidenceList';
import { MoveViolationModal } from './MoveViolationModal';
import { PrintDocumentsButton } from './PrintDocumentsButton';
import { ViolationFormDrawer } from './ViolationFormDrawer';
import { ViolationHistory } from './ViolationHistory';
import { changeNames } from './violationChangeFormat';
import { STATE_COLORS } from './violationFormat';
import type { ViolationRefs } from './useViolationRefs';

const PATH: ViolationState[] = ['recorded', 'awaitingExplanation', 'underReview', 'concluded'];
const ACTION_LABELS: Record<ViolationState, string> = {
  recorded: 'Ghi nhận',
  awaitingExplanation: 'Yêu cầu giải trình',
  underReview: 'Chuyển xem xét',
  concluded: 'Kết luận',
  cancelled: 'Hủy vi phạm',
};

interface Props {
  id: string;
  refs: ViolationRefs;
  onClose: () => void;
  onChanged: () => void;
}

export function ViolationDrawer({ id, refs, onClose, onChanged }: Props) {
  const call = useApiCall();
  const [detail, setDetail] = useState<ViolationDetail | null>(null);
  const [target, setTarget] = useState<ViolationState | null>(null);
  const [isAmending, setAmending] = useState(false);
  const [isEditing, setEditing] = useState(false);

  const load = useCallback(async () => {
    const result = await call((api) => api.getViolation({ id }));
    if (result.ok) setDetail(result.data);
  }, [call, id]);

  useEffect(() => {
    void load();
  }, [load]);

  const changed = (next: ViolationDetail) => {
    setDetail(next);
    setTarget(null);
    setAmending(false);
    setEditing(false);
    onChanged();
  };

  const v = detail?.record;
  const names = useMemo(() => (detail ? changeNames(refs, detail) : null), [refs, detail]);
  return (
    <Drawer open size={820} title="Vi phạm" onClose={onClose} data-testid="violation-drawer">
      {!detail || !v ? (
        <Spin />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {v.state === 'cancelled' ? (
            <Alert type="warning" showIcon title={`Đã hủy: ${v.cancelReason}`} />
          ) : (
            <Steps size="small" current={PATH.indexOf(v.state)} status={v.state === 'concluded' ? 'finish' : 'process'} items={PATH.map((s) => ({ title: VIOLATION_STATE_LABELS[s] }))} />
          )}
          <Space wrap data-testid="violation-actions">
            <Tag color={STATE_COLORS[v.state]} data-testid="violation-state">{VIOLATION_STATE_LABELS[v.state]}</Tag>
            {detail.nextStates.map((s) => (
              <Button key={s} danger={s === 'cancelled'} type={s === 'cancelled' ? 'default' : 'primary'} onClick={() => setTarget(s)}>
                {ACTION_LABELS[s]}
              </Button>
            ))}
            {!detail.isLocked && <Button onClick={() => setEditing(true)}>Sửa</Button>}
            {v.state === 'concluded' && <Button onClick={() => setAmending(true)}>Sửa đổi (bổ sung)</Button>}
            <PrintDocumentsButton id={v.id} />
            {detail.isLocked && <Tag>Đã khóa</Tag>}
          </Space>
          <Descriptions bordered size="small" column={2} data-testid="violation-facts">
            <Descriptions.Item label="Ngày, giờ">{`${formatIsoDay(v.date)}${v.time ? ` ${v.time}` : ''}`}</Descriptions.Item>
            <Descriptions.Item label="Địa điểm">{v.place}</Descriptions.Item>
            <Descriptions.Item label="Người vi phạm" span={2}>{detail.row.people.map((p) => `${p.fullName} (${p.code}) — ${p.unitName}`).join('; ')}</Descriptions.Item>
            <Descriptions.Item label="Điều khoản" span={2}>{detail.row.rules.map((r) => <div key={r.short}>{r.label}{r.text ? `: ${r.text}` : ''}</div>)}</Descriptions.Item>
            <Descriptions.Item label="Nội dung" span={2}>{v.description}</Descriptions.Item>
            <Descriptions.Item label="Nguồn phát hiện">{detail.row.sourceLabel}</Descriptions.Item>
            <Descriptions.Item label="Người ghi nhận">{v.recordedBy}</Descriptions.Item>
            <Descriptions.Item label="Hạn giải trình">{formatIsoDay(v.explanationDue)}</Descriptions.Item>
            <Descriptions.Item label="Ngày giải trình">{formatIsoDay(v.explanationDate)}</Descriptions.Item>
            <Descriptions.Item label="Giải trình" span={2}>{v.explanation}</Descriptions.Item>
            <Descriptions.Item label="Mức độ">{v.severity ? SEVERITY_LABELS[v.severity] : ''}</Descriptions.Item>
            <Descriptions.Item label="Biện pháp xử lý">{detail.row.measureLabel}</Descriptions.Item>
            <Descriptions.Item label="Quyết định">{v.decision ? `Số ${v.decision.number} ngày ${formatIsoDay(v.decision.date)}` : ''}</Descriptions.Item>
            <Descriptions.Item label="Thời hạn">{v.expiresOn ? `đến hết ${formatIsoDay(v.expiresOn)}` : ''}</Descriptions.Item>
            <Descriptions.Item label="Kết luận" span={2}>{v.conclusion}{v.concludedOn ? ` (ngày ${formatIsoDay(v.concludedOn)})` : ''}</Descriptions.Item>
          </Descriptions>
          <EvidenceList detail={detail} onChanged={changed} />
          {names && <ViolationHistory record={v} names={names} />}
        </Space>
      )}
      {detail && target && <MoveViolationModal detail={detail} target={target} onClose={() => setTarget(null)} onMoved={changed} />}
      {detail && isAmending && <AmendModal refs={refs} detail={detail} onClose={() => setAmending(false)} onAmended={changed} />}
      {detail && isEditing && <ViolationFormDrawer refs={refs} detail={detail} onClose={() => setEditing(false)} onSaved={changed} />}
    </Drawer>
  );
}
