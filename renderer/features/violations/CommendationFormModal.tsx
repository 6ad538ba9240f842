/** Adding a commendation for people or for a unit, with its decision when there is one. */
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { COMMENDATION_FORMS, COMMENDATION_FORM_LABELS, type CommendationForm } from '../../../shared/schema/violation';
import { callApi } from '../../lib/api';
import { VI_DAY, foldedFilter, toIso } from './violationFormat';
import { staffOptions, type ViolationRefs } from './useViolationRefs';

interface Values {
  date: Dayjs;
  target: 'people' | 'unit';
  staffIds?: string[];
  unitId?: string;
  form: CommendationForm;
  reason: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
}

export function CommendationFormModal({ refs, onClose, onSaved }: { refs: ViolationRefs; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const target = Form.useWatch('target', form);
  const submit = async (v: Values) => {
    const result = await callApi((api) =>
      api.createCommendation({
        date: toIso(v.date) ?? '', staffIds: v.target === 'people' ? (v.staffIds ?? []) : [], unitId: v.target === 'unit' ? (v.unitId ?? null) : null,
        form: v.form, reason: v.reason ?? '', decision: v.decisionNumber ? { number: v.decisionNumber, date: toIso(v.decisionDate) ?? '' } : null,
      }),
    );
    if (result.ok) onSaved();
    else setError(result.error.message);
  };
  return (
    <Modal open width={640} title="Biểu dương, khen thưởng" okText="Lưu" cancelText="Thôi" onCancel={onClose} onOk={() => form.submit()}>
      <div data-testid="commendation-modal">
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(), target: 'people', form: 'praise' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="date" label="Ngày"><DatePicker aria-label="Ngày" format={VI_DAY} allowClear={false} /></Form.Item>
        <Form.Item name="target" label="Đối tượng">
          <Radio.Group options={[{ value: 'people', label: 'Cá nhân' }, { value: 'unit', label: 'Tập thể (đơn vị)' }]} />
        </Form.Item>
        {target !== 'unit' ? (
          <Form.Item name="staffIds" label="Cá nhân"><Select aria-label="Cá nhân" mode="multiple" showSearch={{ filterOption: foldedFilter }} options={staffOptions(refs.staff.filter((s) => s.status === 'active'))} /></Form.Item>
        ) : (
          <Form.Item name="unitId" label="Đơn vị"><Select aria-label="Đơn vị" options={refs.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
        )}
        <Form.Item name="form" label="Hình thức"><Select aria-label="Hình thức" options={COMMENDATION_FORMS.map((f) => ({ value: f, label: COMMENDATION_FORM_LABELS[f] }))} /></Form.Item>
        <Form.Item name="reason" label="Lý do"><Input.TextArea aria-label="Lý do" rows={2} maxLength={2000} /></Form.Item>
        <Form.Item name="decisionNumber" label="Số quyết định (nếu có)"><Input aria-label="Số quyết định" /></Form.Item>
        <Form.Item name="decisionDate" label="Ngày quyết định"><DatePicker aria-label="Ngày quyết định" format={VI_DAY} /></Form.Item>
        {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} />}
      </Form>
      </div>
    </Modal>
  );
}
