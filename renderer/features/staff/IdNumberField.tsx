/**
 * Số CCCD in the staff form. A new person (or one with none on record) types it; an existing number
 * shows masked until "Hiện" asks the services for it (a logged read: who, when, whose number), and
 * only then can it be changed. Until then the form does not send it and the record keeps it.
 */
import { useState } from 'react';
import { Button, Form, Input, Space, type FormInstance } from 'antd';
import { staffFields } from '../../../shared/api/staffSchemas';
import type { StaffDetail } from '../../../shared/api/rosterTypes';
import { useApiCall } from '../../lib/useApiCall';
import { zodFieldRule } from '../../lib/zodFieldRule';
import type { StaffFormValues } from './staffFormValues';

interface Props {
  detail: StaffDetail | null;
  form: FormInstance<StaffFormValues>;
}

const rule = zodFieldRule(staffFields.shape.idNumber);
const HINT = '12 chữ số trên thẻ căn cước (hoặc 9 chữ số của CMND cũ)';

export function IdNumberField({ detail, form }: Props) {
  const call = useApiCall();
  const [isRevealed, setRevealed] = useState(false);
  const [isLoading, setLoading] = useState(false);
  const masked = detail?.idNumberMasked ?? '';

  async function reveal() {
    if (!detail) return;
    setLoading(true);
    const result = await call((api) => api.revealIdNumber({ staffId: detail.id }));
    setLoading(false);
    if (!result.ok) return;
    form.setFieldValue('idNumber', result.data.idNumber);
    setRevealed(true);
  }

  if (masked === '' || isRevealed) {
    return (
      <Form.Item name="idNumber" label="Số CCCD" rules={[rule]} extra={isRevealed ? undefined : HINT}>
        <Input inputMode="numeric" maxLength={20} placeholder="Ví dụ: 001085012345" data-testid="staff-id-number" />
      </Form.Item>
    );
  }
  return (
    <Form.Item label="Số CCCD" tooltip="Số đầy đủ chỉ hiện khi bấm Hiện; mỗi lần xem được ghi vào nhật ký truy cập.">
      <Space.Compact style={{ width: '100%' }}>
        <Input value={masked} disabled data-testid="staff-id-number-masked" />
        <Button loading={isLoading} onClick={() => void reveal()} data-testid="staff-id-number-reveal">
          Hiện
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
