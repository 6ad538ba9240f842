/** "Sửa sau khi chốt": new points for a closed month, with the reason the record keeps. */
import { useState } from 'react';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import type { BreakdownView } from '../../../shared/api/scoringTypes';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { useApiCall } from '../../lib/useApiCall';

interface Props {
  view: BreakdownView;
  onClose: () => void;
  onAmended: () => void;
}

export function AmendScoresModal({ view, onClose, onAmended }: Props) {
  const call = useApiCall();
  const { message } = App.useApp();
  const criteria = view.breakdown?.criteria ?? [];
  const [points, setPoints] = useState<Record<string, number | null>>(() => Object.fromEntries(criteria.map((c) => [c.criterionId, c.base])));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const changed = Object.fromEntries(criteria.flatMap((c) => {
    const value = points[c.criterionId];
    return value !== null && value !== undefined && value !== c.base ? [[c.criterionId, value]] : [];
  }));
  const save = async () => {
    if (Object.keys(changed).length === 0) return setProblem('Chưa thay đổi điểm nào.');
    if (reason.trim().length < 5) return setProblem('Hãy ghi lý do điều chỉnh (ít nhất 5 ký tự).');
    setProblem(null);
    setSaving(true);
    const r = await call((api) => api.amendScores({ period: view.period, setId: view.setId, reason: reason.trim(), entries: [{ subjectId: view.subjectId, points: changed }] }));
    setSaving(false);
    if (!r.ok) return;
    void message.success(`Đã điều chỉnh ${r.data.amended} điểm sau khi chốt kỳ.`);
    onAmended();
  };
  return (
    <Modal open width={720} title={`Sửa sau khi chốt — ${view.name} — ${view.periodLabel}`} okText="Lưu điều chỉnh" cancelText="Hủy"
      onOk={() => void save()} onCancel={onClose} confirmLoading={isSaving} okButtonProps={{ 'data-testid': 'save-amendment' }} destroyOnHidden data-testid="amend-modal">
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="Kỳ đã khóa. Điểm mới được ghi là điểm của Hội đồng, kèm lý do; bản PDF lúc khóa kỳ giữ nguyên." />
      <Form layout="horizontal" labelCol={{ span: 14 }} wrapperCol={{ span: 10 }}>
        {criteria.map((c) => (
          <Form.Item key={c.criterionId} label={`${c.name} (tối đa ${formatPoints(c.maxPoints)})`} style={{ marginBottom: 6 }}>
            <InputNumber decimalSeparator="," aria-label={`Điểm mới ${c.name}`} min={0} max={c.maxPoints} step={0.5} value={points[c.criterionId]} onChange={(v) => setPoints((p) => ({ ...p, [c.criterionId]: v }))} />
          </Form.Item>
        ))}
        <Form.Item label="Lý do điều chỉnh (bắt buộc)" required labelCol={{ span: 24 }} wrapperCol={{ span: 24 }}>
          <Input.TextArea aria-label="Lý do điều chỉnh" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="amend-problem" />}
    </Modal>
  );
}
