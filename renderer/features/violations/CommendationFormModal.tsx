/** Adding a commendation for people or for a unit, with its decision when there is one; or editing one, the same form filled. */
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CommendationRow } from '../../../shared/api/violationsTypes';
import { COMMENDATION_FORMS, COMMENDATION_FORM_LABELS, type CommendationForm } from '../../../shared/schema/violation';
import { FIT_MODAL } from '../../components/modalFit';
import { callApi } from '../../lib/api';
import { useConfirmDiscard } from '../../lib/unsavedChanges';
import { foldedFilter, fromIso, toIso } from './violationFormat';
import { staffOptions, type ViolationRefs } from './useViolationRefs';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

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

interface Props {
  refs: ViolationRefs;
  /** The record to edit; a new one is added when absent. */
  row?: CommendationRow;
  onClose: () => void;
  onSaved: () => void;
}

function initialValues(row: CommendationRow | undefined): Partial<Values> {
  if (!row) return { date: dayjs(), target: 'people', form: 'praise' };
  return {
    date: dayjs(row.date), target: row.unitId ? 'unit' : 'people', staffIds: row.people.map((p) => p.id), unitId: row.unitId ?? undefined,
    form: row.form, reason: row.reason, decisionNumber: row.decision?.number, decisionDate: fromIso(row.decision?.date),
  };
}

export function CommendationFormModal({ refs, row, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [initial] = useState(() => initialValues(row));
  const target = Form.useWatch('target', form);
  const [isDirty, setDirty] = useState(false);
  const confirmDiscard = useConfirmDiscard();
  const askClose = () => confirmDiscard(onClose, { title: 'Đóng khi chưa lưu?', content: 'Những gì vừa nhập sẽ mất.' }, isDirty);
  const people = staffOptions(refs.staff.filter((s) => s.status === 'active' || row?.people.some((p) => p.id === s.id)));

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    const fields = {
      date: toIso(v.date) ?? '', staffIds: v.target === 'people' ? (v.staffIds ?? []) : [], unitId: v.target === 'unit' ? (v.unitId ?? null) : null,
      form: v.form, reason: v.reason ?? '', decision: v.decisionNumber ? { number: v.decisionNumber, date: toIso(v.decisionDate) ?? '' } : null,
    };
    const result = await callApi((api) => (row ? api.updateCommendation({ id: row.id, fields }) : api.createCommendation(fields)));
    setSaving(false);
    if (result.ok) onSaved();
    else setError(result.error.message);
  };
  return (
    <Modal open width={640} {...FIT_MODAL} title={row ? 'Sửa biểu dương, khen thưởng' : 'Biểu dương, khen thưởng'} okText="Lưu" cancelText="Thôi" confirmLoading={isSaving} onCancel={askClose} onOk={() => form.submit()}>
      <div data-testid="commendation-modal">
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={() => setDirty(true)} onFinish={(v) => void submit(v)}>
        <Form.Item name="date" label="Ngày"><DatePicker aria-label="Ngày" format={VI_DAY_FORMATS} allowClear={false} /></Form.Item>
        <Form.Item name="target" label="Đối tượng">
          <Radio.Group options={[{ value: 'people', label: 'Cá nhân' }, { value: 'unit', label: 'Tập thể (đơn vị)' }]} />
        </Form.Item>
        {target !== 'unit' ? (
          <Form.Item name="staffIds" label="Cá nhân"><Select aria-label="Cá nhân" mode="multiple" showSearch={{ filterOption: foldedFilter }} options={people} /></Form.Item>
        ) : (
          <Form.Item name="unitId" label="Đơn vị"><Select aria-label="Đơn vị" showSearch={{ filterOption: foldedFilter }} options={refs.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
        )}
        <Form.Item name="form" label="Hình thức"><Select aria-label="Hình thức" options={COMMENDATION_FORMS.map((f) => ({ value: f, label: COMMENDATION_FORM_LABELS[f] }))} /></Form.Item>
        <Form.Item name="reason" label="Lý do"><Input.TextArea aria-label="Lý do" rows={2} maxLength={2000} /></Form.Item>
        <Form.Item name="decisionNumber" label="Số quyết định (nếu có)"><Input aria-label="Số quyết định" /></Form.Item>
        <Form.Item name="decisionDate" label="Ngày quyết định"><DatePicker aria-label="Ngày quyết định" format={VI_DAY_FORMATS} /></Form.Item>
        {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} data-testid="commendation-error" />}
      </Form>
      </div>
    </Modal>
  );
}
