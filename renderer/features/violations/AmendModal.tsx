/** Correcting a concluded violation: the changed fields and the reason go into its history. */
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import { DISCIPLINE_FORMS, SEVERITIES, SEVERITY_LABELS, type HandlingMeasure, type Severity } from '../../../shared/schema/violation';
import { callApi } from '../../lib/api';
import { MeasureField } from './MeasureField';
import { VI_DAY, fromIso, toIso } from './violationFormat';

interface Values {
  reason: string;
  place: string;
  description: string;
  severity: Severity;
  measure: HandlingMeasure;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  conclusion: string;
  expiresOn?: Dayjs | null;
}

interface Props {
  detail: ViolationDetail;
  onClose: () => void;
  onAmended: (detail: ViolationDetail) => void;
}

export function AmendModal({ detail, onClose, onAmended }: Props) {
  const v = detail.record;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const measure = Form.useWatch('measure', form);
  const decisionDate = Form.useWatch('decisionDate', form);
  const isDiscipline = (DISCIPLINE_FORMS as readonly string[]).includes(measure ?? '');

  const submit = async (values: Values) => {
    const result = await callApi((api) =>
      api.amendViolation({
        id: v.id,
        reason: values.reason,
        fields: {
          place: values.place, description: values.description, severity: values.severity, measure: values.measure, conclusion: values.conclusion,
          expiresOn: toIso(values.expiresOn), decision: isDiscipline ? { number: values.decisionNumber ?? '', date: toIso(values.decisionDate) ?? '' } : null,
        },
      }),
    );
    if (result.ok) onAmended(result.data);
    else setError(result.error.message);
  };

  return (
    <Modal open width={720} title="Lập đính chính vi phạm đã kết luận" okText="Lưu đính chính" cancelText="Thôi" onCancel={onClose} onOk={() => form.submit()}>
      <div data-testid="amend-modal">
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          place: v.place, description: v.description, severity: v.severity ?? undefined, measure: v.measure ?? undefined, conclusion: v.conclusion,
          decisionNumber: v.decision?.number, decisionDate: fromIso(v.decision?.date ?? v.concludedOn) ?? dayjs(), expiresOn: fromIso(v.expiresOn),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="reason" label="Lý do đính chính" rules={[{ required: true, whitespace: true, message: 'Nhập lý do đính chính' }]}>
          <Input.TextArea aria-label="Lý do đính chính" rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="place" label="Địa điểm"><Input aria-label="Địa điểm" /></Form.Item>
        <Form.Item name="description" label="Nội dung vi phạm"><Input.TextArea aria-label="Nội dung vi phạm" rows={2} /></Form.Item>
        <Form.Item name="severity" label="Mức độ vi phạm"><Select aria-label="Mức độ vi phạm" options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} /></Form.Item>
        <Form.Item name="decisionDate" label="Ngày quyết định"><DatePicker aria-label="Ngày quyết định" format={VI_DAY} allowClear={false} /></Form.Item>
        <Form.Item name="measure" label="Biện pháp xử lý"><MeasureField staffIds={v.staffIds} decisionDate={toIso(decisionDate) ?? toIso(dayjs())!} /></Form.Item>
        {isDiscipline && <Form.Item name="decisionNumber" label="Số quyết định"><Input aria-label="Số quyết định" /></Form.Item>}
        <Form.Item name="conclusion" label="Nội dung kết luận"><Input.TextArea aria-label="Nội dung kết luận" rows={2} /></Form.Item>
        <Form.Item name="expiresOn" label="Thời hạn"><DatePicker aria-label="Thời hạn" format={VI_DAY} /></Form.Item>
        {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} data-testid="amend-error" />}
      </Form>
      </div>
    </Modal>
  );
}
