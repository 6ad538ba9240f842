/** The ward profile form, validated with the contract's own rules and saved through updateProfile. */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, InputNumber } from 'antd';
import { profileUpdate } from '../../../shared/api/schemas';
import type { MethodInput } from '../../../shared/api/contract';
import type { ProfileView } from '../../../shared/api/types';
import { useApiCall } from '../../lib/useApiCall';
import { zodFieldRule } from '../../lib/zodFieldRule';

type ProfileValues = Required<MethodInput<'updateProfile'>>;

interface Props {
  profile: ProfileView;
  onSaved: (profile: ProfileView) => void;
}

const fields = profileUpdate.shape;

function toValues(profile: ProfileView): ProfileValues {
  return {
    wardName: profile.ward.name,
    address: profile.ward.address,
    chairman: profile.ward.chairman,
    operatorName: profile.settings.operatorName,
    backupKeep: profile.settings.backupKeep,
  };
}

export function ProfileForm({ profile, onSaved }: Props) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const [isSaving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  async function save(values: ProfileValues) {
    setSaving(true);
    setSaveError(null);
    const result = await call((api) =>
      api.updateProfile({
        wardName: values.wardName ?? '',
        address: values.address ?? '',
        chairman: values.chairman ?? '',
        operatorName: values.operatorName ?? '',
        backupKeep: values.backupKeep,
      }),
    );
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    form.setFieldsValue(toValues(result.data));
    onSaved(result.data);
    void message.success('Đã lưu thông tin phường/xã.');
  }

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      initialValues={toValues(profile)}
      onFinish={(values) => void save(values)}
      style={{ maxWidth: 640 }}
      requiredMark
    >
      <Form.Item name="wardName" label="Tên phường/xã" required rules={[zodFieldRule(fields.wardName)]}>
        <Input placeholder="Ví dụ: Phường Hoàn Kiếm" />
      </Form.Item>
      <Form.Item name="address" label="Địa chỉ" rules={[zodFieldRule(fields.address)]}>
        <Input placeholder="Địa chỉ trụ sở UBND" />
      </Form.Item>
      <Form.Item name="chairman" label="Chủ tịch UBND" rules={[zodFieldRule(fields.chairman)]}>
        <Input placeholder="Họ và tên Chủ tịch UBND" />
      </Form.Item>
      <Form.Item name="operatorName" label="Người sử dụng" required rules={[zodFieldRule(fields.operatorName)]} extra="Tên người nhập liệu, ghi vào lịch sử thay đổi.">
        <Input placeholder="Họ và tên người sử dụng" />
      </Form.Item>
      <Form.Item name="backupKeep" label="Số bản sao lưu giữ lại" required rules={[zodFieldRule(fields.backupKeep)]}>
        <InputNumber decimalSeparator="," min={1} max={1000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 16 }} data-testid="profile-error" />}
      <Button type="primary" htmlType="submit" loading={isSaving}>
        Lưu thông tin
      </Button>
    </Form>
  );
}
