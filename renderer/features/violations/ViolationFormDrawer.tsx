/** Recording a new violation: when, where, who, which rules, what happened, the source and evidence files. */
import { useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Input, Select, Space, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { VIOLATION_SOURCES, VIOLATION_SOURCE_LABELS, type ViolationSource } from '../../../shared/schema/violation';
import type { RuleRef } from '../../../shared/domain/ruleNodes';
import { readFileBase64 } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { VI_DAY, foldedFilter, toIso } from './violationFormat';
import { ruleOptions, staffOptions, type ViolationRefs } from './useViolationRefs';

interface Values {
  date: Dayjs;
  time?: string;
  place?: string;
  staffIds: string[];
  rules: string[];
  description: string;
  source: ViolationSource;
  recordedBy?: string;
}

interface Props {
  refs: ViolationRefs;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function ViolationFormDrawer({ refs, onClose, onSaved }: Props) {
  const call = useApiCall();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = async (values: Values) => {
    setSaving(true);
    setError(null);
    const evidence = await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await readFileBase64(f.originFileObj as Blob) })));
    const result = await call((api) =>
      api.createViolation({
        date: toIso(values.date) ?? '',
        time: values.time ? values.time : null,
        place: values.place ?? '',
        staffIds: values.staffIds,
        ruleRefs: values.rules.map((r) => JSON.parse(r) as RuleRef),
        description: values.description,
        source: values.source,
        recordedBy: values.recordedBy ?? '',
        evidence,
      }),
    );
    setSaving(false);
    if (result.ok) onSaved(result.data.record.id);
    else setError(result.error.message);
  };

  return (
    <Drawer open size={680} title="Ghi nhận vi phạm" onClose={onClose} data-testid="violation-form"
      extra={<Space><Button onClick={onClose}>Hủy bỏ</Button><Button type="primary" loading={isSaving} onClick={() => form.submit()}>Lưu</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(), source: 'selfDetected' }} onFinish={(v) => void save(v)}>
        <Space>
          <Form.Item name="date" label="Ngày vi phạm" rules={[{ required: true, message: 'Chọn ngày vi phạm' }]}>
            <DatePicker format={VI_DAY} aria-label="Ngày vi phạm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="time" label="Giờ" rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'Giờ dạng hh:mm' }]}>
            <Input aria-label="Giờ" placeholder="hh:mm" style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="source" label="Nguồn phát hiện">
            <Select aria-label="Nguồn phát hiện" style={{ width: 230 }} options={VIOLATION_SOURCES.map((s) => ({ value: s, label: VIOLATION_SOURCE_LABELS[s] }))} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label="Địa điểm">
          <Input aria-label="Địa điểm" maxLength={300} />
        </Form.Item>
        <Form.Item name="staffIds" label="Người vi phạm" rules={[{ required: true, message: 'Chọn ít nhất một người' }]}>
          <Select aria-label="Người vi phạm" mode="multiple" showSearch={{ filterOption: foldedFilter }} options={staffOptions(refs.staff.filter((s) => s.status === 'active'))} />
        </Form.Item>
        <Form.Item name="rules" label="Điều khoản vi phạm" rules={[{ required: true, message: 'Chọn ít nhất một điều khoản' }]}>
          <Select aria-label="Điều khoản vi phạm" mode="multiple" showSearch={{ filterOption: foldedFilter }} options={ruleOptions(refs.rules)} />
        </Form.Item>
        <Form.Item name="description" label="Nội dung vi phạm" rules={[{ required: true, whitespace: true, message: 'Nhập nội dung vi phạm' }]}>
          <Input.TextArea aria-label="Nội dung vi phạm" rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="recordedBy" label="Người ghi nhận" tooltip="Để trống: người sử dụng chương trình">
          <Input aria-label="Người ghi nhận" maxLength={120} />
        </Form.Item>
        <Form.Item label="Tệp chứng cứ (ảnh, PDF…)">
          <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)} accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.mp4,.mp3,.m4a,.docx,.doc,.xlsx,.txt">
            <Button>Chọn tệp</Button>
          </Upload>
        </Form.Item>
        {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} data-testid="violation-form-error" />}
      </Form>
    </Drawer>
  );
}
