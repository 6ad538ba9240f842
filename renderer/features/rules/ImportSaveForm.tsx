/** Where the reviewed tree goes: a new version of a set already here, or a new rule set. */
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { RuleImportPreview, RuleSetSummary, RuleSetView } from '../../../shared/api/rulesTypes';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { callApi } from '../../lib/api';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

interface Props {
  preview: RuleImportPreview;
  tree: RuleNode[];
  sets: RuleSetSummary[];
  /** The set to add a version to, preselected (e.g. QĐ 522 from the prompt). */
  targetId: string | null;
  onSaved: (view: RuleSetView) => void;
}

interface Values {
  mode: 'version' | 'new';
  versionOf?: string;
  id?: string;
  title?: string;
  shortName?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs;
  issuer?: string;
  effectiveDate?: Dayjs;
  sourceNote?: string;
}

const iso = (day: Dayjs | undefined) => day?.format('YYYY-MM-DD') ?? '';
const required = (message: string) => [{ required: true, message }];

export function ImportSaveForm({ preview, tree, sets, targetId, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'version';
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintDate = preview.decisionHint?.date ? dayjs(preview.decisionHint.date) : undefined;

  async function save(values: Values) {
    setError(null);
    setSaving(true);
    const sourceNote = values.sourceNote?.trim() ?? '';
    // The message shows above the button (no toast as well).
    const result = await callApi((api) =>
      api.saveRuleImport(
        values.mode === 'version'
          ? { tree, sourceNote, asNewVersionOf: { id: values.versionOf ?? '' } }
          : {
              tree,
              sourceNote,
              asNewRuleSet: {
                id: values.id?.trim() ?? '',
                title: values.title?.trim() ?? '',
                shortName: values.shortName?.trim() ?? '',
                decision: { number: values.decisionNumber?.trim() ?? '', date: iso(values.decisionDate), issuer: values.issuer?.trim() ?? '' },
                effectiveDate: iso(values.effectiveDate),
              },
            },
      ),
    );
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setError(result.error.message);
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="rule-save-form"
      initialValues={{
        mode: 'version',
        versionOf: targetId ?? undefined,
        title: preview.title ?? '',
        decisionNumber: preview.decisionHint?.number ?? '',
        decisionDate: hintDate,
        effectiveDate: hintDate,
      }}
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="mode" label="Lưu thành">
        <Radio.Group
          options={[
            { value: 'version', label: 'Phiên bản mới của bộ quy tắc đã có' },
            { value: 'new', label: 'Bộ quy tắc mới' },
          ]}
        />
      </Form.Item>
      {mode === 'version' ? (
        <Form.Item name="versionOf" label="Bộ quy tắc" rules={required('Hãy chọn bộ quy tắc')}>
          <Select
            aria-label="Bộ quy tắc nhận phiên bản mới"
            placeholder="Chọn bộ quy tắc"
            options={sets.map((set) => ({ value: set.id, label: `${set.shortName} — ${set.title} (hiện có phiên bản ${set.version})` }))}
          />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="id" label="Mã bộ quy tắc" extra="Chữ thường không dấu, số và dấu gạch ngang, ví dụ qd-522-2017" rules={required('Hãy nhập mã bộ quy tắc')}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label="Tên bộ quy tắc" rules={required('Hãy nhập tên bộ quy tắc')}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label="Tên ngắn" extra="Dùng khi trích dẫn, ví dụ QĐ 522" rules={required('Hãy nhập tên ngắn')}>
            <Input />
          </Form.Item>
          <Form.Item name="decisionNumber" label="Số quyết định">
            <Input placeholder="ví dụ 522/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="decisionDate" label="Ngày ban hành" rules={required('Hãy chọn ngày ban hành')}>
            <DatePicker format={VI_DAY_FORMATS} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item name="issuer" label="Cơ quan ban hành" rules={required('Hãy nhập cơ quan ban hành')}>
            <Input placeholder="ví dụ UBND thành phố Hà Nội" />
          </Form.Item>
          <Form.Item name="effectiveDate" label="Ngày có hiệu lực" rules={required('Hãy chọn ngày có hiệu lực')}>
            <DatePicker format={VI_DAY_FORMATS} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </>
      )}
      <Form.Item name="sourceNote" label="Ghi chú nguồn" extra="Văn bản lấy từ đâu, ai đối chiếu">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {error && <Alert type="error" showIcon title="Chưa lưu được" description={error} data-testid="rule-save-error" style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={isSaving}>
        Lưu bộ quy tắc
      </Button>
    </Form>
  );
}
