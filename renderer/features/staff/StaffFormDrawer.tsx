/** Adding or editing a person, checked with the contract's own rules (Vietnamese messages) and saved by the services. */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import type { StaffDetail, UnitView } from '../../../shared/api/rosterTypes';
import { staffFields } from '../../../shared/api/staffSchemas';
import { useApiCall } from '../../lib/useApiCall';
import { zodFieldRule } from '../../lib/zodFieldRule';
import { SEARCHABLE } from '../../lib/foldedFilter';
import { CATEGORY_OPTIONS, GENDER_OPTIONS, STATUS_OPTIONS, unitOptions } from './staffFormat';
import { checkWithContract, toFields, toFormValues, type StaffFormValues } from './staffFormValues';
import { VI_DAY_FORMATS } from '../../lib/dayInput';
import { IdNumberField } from './IdNumberField';

interface Props {
  /** null: a new person. */
  detail: StaffDetail | null;
  units: UnitView[];
  onClose: () => void;
  onSaved: (saved: StaffDetail) => void;
}

const rules = staffFields.shape;

export function StaffFormDrawer({ detail, units, onClose, onSaved }: Props) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<StaffFormValues>();
  const [isSaving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const status = Form.useWatch('status', form);

  async function save(values: StaffFormValues) {
    setSaveError(null);
    const fields = toFields(values);
    if (!checkWithContract(form, fields)) return;
    setSaving(true);
    const result = await call((api) => (detail ? api.updateStaff({ id: detail.id, fields }) : api.createStaff(fields)));
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    void message.success(detail ? `Đã lưu thay đổi của ${result.data.fullName}.` : `Đã thêm ${result.data.fullName}.`);
    onSaved(result.data);
  }

  const date = <DatePicker format={VI_DAY_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />;
  return (
    <Drawer
      open
      size={720}
      title={detail ? `Sửa thông tin: ${detail.fullName}` : 'Thêm cán bộ'}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={isSaving} onClick={() => form.submit()} data-testid="staff-form-save">
            Lưu
          </Button>
        </Space>
      }
    >
      <Form<StaffFormValues> form={form} layout="vertical" initialValues={toFormValues(detail)} onFinish={(v) => void save(v)} data-testid="staff-form">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="code" label="Mã cán bộ" required rules={[zodFieldRule(rules.code)]}>
              <Input placeholder="Ví dụ: CB0001" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="fullName" label="Họ và tên" required rules={[zodFieldRule(rules.fullName)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label="Giới tính">
              <Select allowClear options={GENDER_OPTIONS} onClear={() => form.setFieldValue('gender', null)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthDate" label="Ngày sinh">{date}</Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label="Loại" required rules={[zodFieldRule(rules.category)]}>
              <Select options={CATEGORY_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="position" label="Chức vụ" rules={[zodFieldRule(rules.position)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label="Chức danh/ngạch" rules={[zodFieldRule(rules.title)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="unitId" label="Đơn vị">
              <Select allowClear {...SEARCHABLE} options={unitOptions(units)} onClear={() => form.setFieldValue('unitId', null)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startDate" label="Ngày vào cơ quan">{date}</Form.Item>
          </Col>
          <Col span={8}>
            <IdNumberField detail={detail} form={form} />
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label="Điện thoại" rules={[zodFieldRule(rules.phone)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="email" label="Email" rules={[zodFieldRule(rules.email)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label="Trạng thái">
              <Select options={STATUS_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="statusDate" label="Ngày thay đổi trạng thái" required={status !== undefined && status !== 'active'}>
              {date}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="commitmentSignedAt" label="Ngày ký cam kết">{date}</Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="isHeadOfUnit" valuePropName="checked">
              <Checkbox>Người đứng đầu đơn vị</Checkbox>
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="isPartyMember" valuePropName="checked">
              <Checkbox>Đảng viên</Checkbox>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label="Ghi chú" rules={[zodFieldRule(rules.notes)]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        {saveError && <Alert type="error" showIcon title={saveError} data-testid="staff-form-error" />}
      </Form>
    </Drawer>
  );
}
