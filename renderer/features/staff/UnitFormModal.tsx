/** Adding or editing a unit: name, short name, active, and its head chosen among the unit's staff. */
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import type { MethodInput } from '../../../shared/api/contract';
import type { UnitView } from '../../../shared/api/rosterTypes';
import { unitFields } from '../../../shared/api/staffSchemas';
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { useApiCall } from '../../lib/useApiCall';
import { zodFieldRule } from '../../lib/zodFieldRule';

type UnitValues = Required<MethodInput<'createUnit'>>;

interface Props {
  /** null: a new unit. */
  unit: UnitView | null;
  rows: RosterRowView[];
  onClose: () => void;
  onSaved: () => void;
}

const rules = unitFields.shape;

export function UnitFormModal({ unit, rows, onClose, onSaved }: Props) {
  const call = useApiCall();
  const [form] = Form.useForm<UnitValues>();
  const [isSaving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const members = unit ? rows.filter((r) => r.unitId === unit.id && r.status === 'active') : [];

  async function save(values: UnitValues) {
    setSaving(true);
    setSaveError(null);
    const fields = { name: values.name ?? '', shortName: values.shortName ?? '', headId: values.headId ?? null, isActive: values.isActive ?? true };
    const result = await call((api) => (unit ? api.updateUnit({ id: unit.id, fields }) : api.createUnit(fields)));
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    onSaved();
  }

  return (
    <Modal
      open
      title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={isSaving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<UnitValues>
        form={form}
        layout="vertical"
        initialValues={unit ? { name: unit.name, shortName: unit.shortName, headId: unit.headId, isActive: unit.isActive } : { isActive: true, headId: null }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="name" label="Tên đơn vị" required rules={[zodFieldRule(rules.name)]}>
          <Input placeholder="Ví dụ: Phòng Văn hóa - Xã hội" />
        </Form.Item>
        <Form.Item name="shortName" label="Tên viết tắt" rules={[zodFieldRule(rules.shortName)]}>
          <Input />
        </Form.Item>
        {unit && (
          <Form.Item name="headId" label="Người đứng đầu" extra={members.length === 0 ? 'Đơn vị chưa có cán bộ đang công tác.' : undefined}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              onClear={() => form.setFieldValue('headId', null)}
              options={members.map((m) => ({ value: m.id, label: `${m.fullName}${m.position ? ` — ${m.position}` : ''}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="isActive" label="Đang hoạt động" valuePropName="checked">
          <Switch />
        </Form.Item>
        {saveError && <Alert type="error" showIcon title={saveError} />}
      </Form>
    </Modal>
  );
}
