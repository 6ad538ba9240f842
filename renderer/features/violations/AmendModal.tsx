/**
 * Sửa đổi, bổ sung (đính chính) a concluded violation: the Ghi nhận form and the conclusion, filled
 * with the record, plus the reason. The service keeps what changed (old → new) with the reason.
 */
import { useMemo, useState } from 'react';
import { Alert, DatePicker, Divider, Form, Input, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import { FIT_MODAL } from '../../components/modalFit';
import { callApi } from '../../lib/api';
import { useConfirmDiscard } from '../../lib/unsavedChanges';
import { MeasureField } from './MeasureField';
import { ViolationFields } from './ViolationFields';
import { toIso } from './violationFormat';
import { conclusionInitial, conclusionPayload, isDisciplineMeasure, type ConclusionValues } from './conclusionValues';
import { fieldsFromValues, formChoices, valuesFromRecord, type ViolationFormValues } from './violationFormValues';
import type { ViolationRefs } from './useViolationRefs';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

interface Values extends ViolationFormValues, ConclusionValues {
  reason?: string;
}

interface Props {
  refs: ViolationRefs;
  detail: ViolationDetail;
  onClose: () => void;
  onAmended: (detail: ViolationDetail) => void;
}

export function AmendModal({ refs, detail, onClose, onAmended }: Props) {
  const v = detail.record;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const choices = useMemo(() => formChoices(refs, detail), [refs, detail]);
  const measure = Form.useWatch('measure', form);
  const decisionDate = Form.useWatch('decisionDate', form);
  const staffIds = Form.useWatch('staffIds', form) ?? v.staffIds;
  const isDiscipline = isDisciplineMeasure(measure);
  const [isDirty, setDirty] = useState(false);
  const confirmDiscard = useConfirmDiscard();
  const askClose = () => confirmDiscard(onClose, { title: 'Đóng khi chưa lưu?', content: 'Những gì vừa sửa sẽ mất.' }, isDirty);
  const [initialValues] = useState<Values>(() => ({
    ...valuesFromRecord(detail),
    ...conclusionInitial(v, null),
  }));

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    const result = await callApi((api) =>
      api.amendViolation({
        id: v.id,
        reason: values.reason ?? '',
        fields: { ...fieldsFromValues(values, choices.refsByKey), ...conclusionPayload(values) },
      }),
    );
    setSaving(false);
    if (result.ok) onAmended(result.data);
    else setError(result.error.message);
  };

  return (
    <Modal open width={760} {...FIT_MODAL} title="Sửa đổi, bổ sung vi phạm đã kết luận (đính chính)" okText="Lưu sửa đổi" cancelText="Thôi" confirmLoading={isSaving} onCancel={askClose} onOk={() => form.submit()}>
      <div data-testid="amend-modal">
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Vi phạm đã kết luận nên đã khóa. Sửa những gì cần đính chính và ghi rõ lý do; nội dung cũ và mới được lưu vào quá trình xử lý." />
        <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={() => setDirty(true)} onFinish={(values) => void submit(values)}>
          <Form.Item name="reason" label="Lý do đính chính">
            <Input.TextArea aria-label="Lý do đính chính" rows={2} maxLength={1000} placeholder="Ví dụ: ghi nhầm địa điểm, bổ sung theo biên bản họp ngày …" />
          </Form.Item>
          <Divider titlePlacement="start" plain>Nội dung vi phạm</Divider>
          <ViolationFields choices={choices} />
          <Divider titlePlacement="start" plain>Kết luận</Divider>
          <Space wrap>
            <Form.Item name="decisionDate" label="Ngày quyết định"><DatePicker aria-label="Ngày quyết định" format={VI_DAY_FORMATS} allowClear={false} /></Form.Item>
            <Form.Item name="concludedOn" label="Ngày kết luận"><DatePicker aria-label="Ngày kết luận" format={VI_DAY_FORMATS} /></Form.Item>
            <Form.Item name="expiresOn" label="Thời hạn"><DatePicker aria-label="Thời hạn" format={VI_DAY_FORMATS} /></Form.Item>
          </Space>
          <Form.Item name="measure" label="Biện pháp xử lý"><MeasureField staffIds={staffIds} decisionDate={toIso(decisionDate) ?? toIso(dayjs())!} /></Form.Item>
          {isDiscipline && <Form.Item name="decisionNumber" label="Số quyết định"><Input aria-label="Số quyết định" /></Form.Item>}
          <Form.Item name="conclusion" label="Nội dung kết luận"><Input.TextArea aria-label="Nội dung kết luận" rows={2} maxLength={4000} /></Form.Item>
          {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} data-testid="amend-error" />}
        </Form>
      </div>
    </Modal>
  );
}
