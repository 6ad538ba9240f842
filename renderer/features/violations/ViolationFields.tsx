/** The fields of the Ghi nhận form (when, where, who, which rules, what happened, source, severity), shared by recording, editing and amending. */
import { DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { SEVERITIES, SEVERITY_LABELS, VIOLATION_SOURCES, VIOLATION_SOURCE_LABELS } from '../../../shared/schema/violation';
import { foldedFilter } from './violationFormat';
import type { FormChoices } from './violationFormValues';
import { normalizeClockTime } from '../../lib/clockTime';
import { RuleChoice } from './RuleChoice';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

export function ViolationFields({ choices }: { choices: FormChoices }) {
  return (
    <>
      <Space wrap>
        <Form.Item name="date" label="Ngày vi phạm" rules={[{ required: true, message: 'Chọn ngày vi phạm' }]}>
          <DatePicker format={VI_DAY_FORMATS} aria-label="Ngày vi phạm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} />
        </Form.Item>
        <Form.Item name="time" label="Giờ" rules={[{ validator: async (_, value?: string) => {
          if (value && !normalizeClockTime(value)) throw new Error('Nhập giờ như 9:30 hoặc 0930');
        } }]}>
          <Input aria-label="Giờ" placeholder="9:30" style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="source" label="Nguồn phát hiện">
          <Select aria-label="Nguồn phát hiện" style={{ width: 230 }} options={VIOLATION_SOURCES.map((s) => ({ value: s, label: VIOLATION_SOURCE_LABELS[s] }))} />
        </Form.Item>
      </Space>
      <Form.Item name="place" label="Địa điểm">
        <Input aria-label="Địa điểm" maxLength={300} />
      </Form.Item>
      <Form.Item name="staffIds" label="Người vi phạm" rules={[{ required: true, message: 'Chọn ít nhất một người' }]}>
        <Select aria-label="Người vi phạm" mode="multiple" showSearch={{ filterOption: foldedFilter }} options={choices.people} />
      </Form.Item>
      <Form.Item name="rules" label="Điều khoản vi phạm" rules={[{ required: true, message: 'Chọn ít nhất một điều khoản' }]}>
        <Select
          aria-label="Điều khoản vi phạm"
          mode="multiple"
          placeholder="Gõ để tìm theo nội dung, ví dụ: dien thoai, di lam muon"
          showSearch={{ filterOption: foldedFilter }}
          options={choices.rules}
          optionRender={(option) => <RuleChoice code={option.data.code ?? option.data.label} text={option.data.text ?? ''} />}
          listHeight={320}
        />
      </Form.Item>
      <Form.Item name="description" label="Nội dung vi phạm" rules={[{ required: true, whitespace: true, message: 'Nhập nội dung vi phạm' }]}>
        <Input.TextArea aria-label="Nội dung vi phạm" rows={3} maxLength={4000} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="severity" label="Mức độ vi phạm">
          <Select aria-label="Mức độ vi phạm" allowClear placeholder="Chưa đánh giá" style={{ width: 200 }} options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="recordedBy" label="Người ghi nhận" tooltip="Để trống: người sử dụng chương trình">
          <Input aria-label="Người ghi nhận" maxLength={120} style={{ width: 360 }} />
        </Form.Item>
      </Space>
    </>
  );
}
