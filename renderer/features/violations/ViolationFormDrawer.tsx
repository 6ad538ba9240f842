/**
 * Recording a new violation (when, where, who, which rules, what happened, the source and evidence files),
 * or editing one that is not yet concluded: the same form, filled with the record.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Drawer, Form, Space, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import { readFileBase64 } from '../../lib/download';
import { useConfirmDiscard, useUnsavedChanges } from '../../lib/unsavedChanges';
import { useApiCall } from '../../lib/useApiCall';
import { ViolationFields } from './ViolationFields';
import { fieldsFromValues, formChoices, valuesFromRecord, type ViolationFormValues } from './violationFormValues';
import type { ViolationRefs } from './useViolationRefs';

interface Props {
  refs: ViolationRefs;
  /** The record to edit; a new one is recorded when absent. */
  detail?: ViolationDetail;
  onClose: () => void;
  onSaved: (detail: ViolationDetail) => void;
}

export function ViolationFormDrawer({ refs, detail, onClose, onSaved }: Props) {
  const call = useApiCall();
  const [form] = Form.useForm<ViolationFormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const choices = useMemo(() => formChoices(refs, detail), [refs, detail]);
  const [isDirty, setDirty] = useState(false);
  useUnsavedChanges(isDirty ? (detail ? 'một vi phạm đang sửa dở' : 'một vi phạm đang ghi dở') : null);
  const confirmDiscard = useConfirmDiscard();
  // Esc, the close button, "Hủy bỏ": a half-filled form asks before it is dropped.
  const askClose = () => confirmDiscard(onClose, { title: 'Đóng biểu mẫu khi chưa lưu?', content: 'Những gì vừa nhập vào vi phạm này sẽ mất.', okText: 'Bỏ, đóng lại' }, isDirty);
  const [initialValues] = useState<Partial<ViolationFormValues>>(() => (detail ? valuesFromRecord(detail) : { date: dayjs(), source: 'selfDetected' }));

  const save = async (values: ViolationFormValues) => {
    setSaving(true);
    setError(null);
    const fields = fieldsFromValues(values, choices.refsByKey);
    const result = detail
      ? await call((api) => api.updateViolation({ id: detail.record.id, fields }))
      : await call(async (api) => {
          const evidence = await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await readFileBase64(f.originFileObj as Blob) })));
          return api.createViolation({ ...fields, evidence });
        });
    setSaving(false);
    if (result.ok) {
      setDirty(false);
      onSaved(result.data);
    }
    else setError(result.error.message);
  };

  return (
    <Drawer open size={680} title={detail ? 'Sửa vi phạm' : 'Ghi nhận vi phạm'} onClose={askClose} data-testid="violation-form"
      extra={<Space><Button onClick={askClose}>Hủy bỏ</Button><Button type="primary" loading={isSaving} onClick={() => form.submit()}>Lưu</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={() => setDirty(true)} onFinish={(v) => void save(v)}>
        {detail && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Sửa trực tiếp được khi vi phạm chưa kết luận; mọi thay đổi được ghi vào lịch sử của vi phạm." />}
        <ViolationFields choices={choices} />
        {!detail && (
          <Form.Item label="Tệp chứng cứ (ảnh, PDF…)">
            <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => {
                setFiles(fileList);
                setDirty(true);
              }} accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.mp4,.mp3,.m4a,.docx,.doc,.xlsx,.txt">
              <Button>Chọn tệp</Button>
            </Upload>
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} data-testid="violation-form-error" />}
      </Form>
    </Drawer>
  );
}
