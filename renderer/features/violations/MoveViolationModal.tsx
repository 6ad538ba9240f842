/** Moving a violation to the next state, asking for the fields that state requires. */
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { STATE_REQUIREMENTS } from '../../../shared/domain/violationWorkflow';
import { SEVERITIES, SEVERITY_LABELS, VIOLATION_STATE_LABELS, type Severity, type ViolationState } from '../../../shared/schema/violation';
import { FIT_MODAL } from '../../components/modalFit';
import { callApi } from '../../lib/api';
import { useConfirmDiscard } from '../../lib/unsavedChanges';
import { MeasureField } from './MeasureField';
import { fromIso, toIso } from './violationFormat';
import { conclusionInitial, conclusionPayload, isDisciplineMeasure, type ConclusionValues } from './conclusionValues';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

interface Values extends ConclusionValues {
  explanationDue?: Dayjs | null;
  explanation?: string;
  explanationDate?: Dayjs | null;
  severity?: Severity;
  cancelReason?: string;
  note?: string;
}

interface Props {
  detail: ViolationDetail;
  target: ViolationState;
  onClose: () => void;
  onMoved: (detail: ViolationDetail) => void;
}

export function MoveViolationModal({ detail, target, onClose, onMoved }: Props) {
  const v = detail.record;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const measure = Form.useWatch('measure', form);
  const decisionDate = Form.useWatch('decisionDate', form);
  const isDiscipline = isDisciplineMeasure(measure);
  const [isDirty, setDirty] = useState(false);
  const confirmDiscard = useConfirmDiscard();
  const askClose = () => confirmDiscard(onClose, { title: 'Đóng khi chưa lưu?', content: 'Những gì vừa nhập sẽ mất.' }, isDirty);

  const submit = async (values: Values) => {
    setSaving(true);
    const fields =
      target === 'awaitingExplanation' ? { explanationDue: toIso(values.explanationDue) }
      : target === 'underReview' ? { explanation: values.explanation ?? '', explanationDate: toIso(values.explanationDate) }
      : target === 'concluded' ? { severity: values.severity ?? null, ...conclusionPayload(values) }
      : target === 'cancelled' ? { cancelReason: values.cancelReason ?? '' }
      : {};
    const result = await callApi((api) => api.moveViolation({ id: v.id, to: target, fields, note: values.note ?? '' }));
    setSaving(false);
    if (result.ok) onMoved(result.data);
    else setError(result.error.message);
  };

  const initial: Values = {
    explanationDue: fromIso(v.explanationDue) ?? dayjs().add(3, 'day'), explanation: v.explanation, explanationDate: fromIso(v.explanationDate) ?? dayjs(),
    severity: v.severity ?? undefined,
    ...conclusionInitial(v, dayjs()),
  };
  const requiredNow = STATE_REQUIREMENTS[target].join(', ');
  return (
    <Modal open width={720} {...FIT_MODAL} title={target === 'cancelled' ? `Hủy vi phạm ngày ${formatIsoDay(v.date)} của ${detail.row.people.map((p) => p.fullName).join(', ')}?` : `Chuyển sang "${VIOLATION_STATE_LABELS[target]}"`} okText="Xác nhận" cancelText="Thôi" confirmLoading={isSaving} onCancel={askClose} onOk={() => form.submit()}>
      <div data-testid="move-modal">
      <Alert type="info" showIcon title={`Cần có: ${requiredNow}`} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={() => setDirty(true)} onFinish={(values) => void submit(values)}>
        {target === 'awaitingExplanation' && (
          <Form.Item name="explanationDue" label="Hạn nộp giải trình"><DatePicker aria-label="Hạn nộp giải trình" format={VI_DAY_FORMATS} /></Form.Item>
        )}
        {target === 'underReview' && (
          <>
            <Form.Item name="explanation" label="Nội dung giải trình của người vi phạm"><Input.TextArea aria-label="Nội dung giải trình" rows={3} maxLength={8000} /></Form.Item>
            <Form.Item name="explanationDate" label="Ngày giải trình"><DatePicker aria-label="Ngày giải trình" format={VI_DAY_FORMATS} /></Form.Item>
          </>
        )}
        {target === 'concluded' && (
          <>
            <Form.Item name="severity" label="Mức độ vi phạm">
              <Select aria-label="Mức độ vi phạm" options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
            </Form.Item>
            <Form.Item name="decisionDate" label="Ngày quyết định (ngày áp dụng hình thức)"><DatePicker aria-label="Ngày quyết định" format={VI_DAY_FORMATS} allowClear={false} /></Form.Item>
            <Form.Item name="measure" label="Biện pháp xử lý">
              <MeasureField staffIds={v.staffIds} decisionDate={toIso(decisionDate) ?? toIso(dayjs())!} />
            </Form.Item>
            {isDiscipline && <Form.Item name="decisionNumber" label="Số quyết định kỷ luật"><Input aria-label="Số quyết định" placeholder="ví dụ 15/QĐ-UBND" /></Form.Item>}
            <Form.Item name="conclusion" label="Nội dung kết luận"><Input.TextArea aria-label="Nội dung kết luận" rows={3} maxLength={4000} /></Form.Item>
            <Form.Item name="concludedOn" label="Ngày kết luận"><DatePicker aria-label="Ngày kết luận" format={VI_DAY_FORMATS} /></Form.Item>
            <Form.Item name="expiresOn" label="Thời hạn (hết hạn thì không còn tính)"><DatePicker aria-label="Thời hạn" format={VI_DAY_FORMATS} /></Form.Item>
          </>
        )}
        {target === 'cancelled' && (
          <Form.Item name="cancelReason" label="Lý do hủy"><Input.TextArea aria-label="Lý do hủy" rows={2} maxLength={1000} /></Form.Item>
        )}
        <Form.Item name="note" label="Ghi chú"><Input aria-label="Ghi chú" maxLength={1000} /></Form.Item>
        {error && <Alert type="error" showIcon title="Chưa chuyển được" description={error} data-testid="move-error" />}
      </Form>
      </div>
    </Modal>
  );
}
