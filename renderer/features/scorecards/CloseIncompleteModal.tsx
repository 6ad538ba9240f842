/** Closing a period with people not scored: lists who is missing and asks for the reason that is kept with the period. */
import { useState } from 'react';
import { Alert, Input, Modal } from 'antd';
import type { PeriodSummary } from '../../../shared/api/scoringTypes';

interface Props {
  period: PeriodSummary;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
}

export function CloseIncompleteModal({ period, onClose, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [isSaving, setSaving] = useState(false);
  const isValid = reason.trim().length >= 5;
  return (
    <Modal
      open
      title={`Khóa ${period.label} khi chưa chấm đủ?`}
      okText="Vẫn khóa, ghi lại danh sách thiếu"
      okButtonProps={{ danger: true, disabled: !isValid, loading: isSaving }}
      cancelText="Để chấm tiếp"
      onCancel={onClose}
      onOk={async () => {
        setSaving(true);
        await onConfirm(reason.trim());
        setSaving(false);
      }}
      data-testid="close-incomplete-modal"
    >
      <Alert type="warning" showIcon message={`${period.missing.length} người chưa chấm đủ (${period.setName})`} style={{ marginBottom: 8 }} />
      <ul style={{ maxHeight: 200, overflow: 'auto', paddingLeft: 20 }} data-testid="close-incomplete-missing">
        {period.missing.map((m) => <li key={m}>{m}</li>)}
      </ul>
      <div style={{ marginBottom: 4 }}>Lý do khóa khi chưa chấm đủ (được lưu cùng kỳ):</div>
      <Input.TextArea aria-label="Lý do khóa khi chưa chấm đủ" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
    </Modal>
  );
}
