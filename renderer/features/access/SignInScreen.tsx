/** Đăng nhập: who is working (name and PIN); a lost administrator comes back with the printed recovery code. */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import type { AuthState } from '../../../shared/api/accessContract';
import { useApiCall } from '../../lib/useApiCall';
import { RecoverAdminModal } from './RecoverAdminModal';

interface Props {
  state: AuthState;
  /** Why the screen is shown again (locked after idle, switched user), or null. */
  reason: string | null;
  onSignedIn: (state: AuthState) => void;
}

export function SignInScreen({ state, reason, onSignedIn }: Props) {
  const call = useApiCall();
  const [form] = Form.useForm<{ name: string; pin: string }>();
  const [isBusy, setBusy] = useState(false);
  const [isRecovering, setRecovering] = useState(false);

  async function submit(values: { name: string; pin: string }) {
    setBusy(true);
    const result = await call((api) => api.signIn({ name: values.name, pin: values.pin ?? '' }));
    setBusy(false);
    if (result.ok) onSignedIn(result.data);
    else form.setFieldValue('pin', '');
  }

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', background: '#f5f5f5' }} data-testid="sign-in">
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>Ward Conduct</Typography.Title>
        <Typography.Paragraph type="secondary">Đăng nhập để làm việc với dữ liệu quy tắc ứng xử của phường.</Typography.Paragraph>
        {reason && <Alert type="info" showIcon message={reason} style={{ marginBottom: 16 }} data-testid="sign-in-reason" />}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item name="name" label="Người dùng" rules={[{ required: true, message: 'Hãy chọn người dùng.' }]}>
            <Select
              showSearch
              placeholder="Chọn tên của bạn"
              options={state.userNames.map((name) => ({ value: name, label: name }))}
              aria-label="Người dùng"
            />
          </Form.Item>
          <Form.Item name="pin" label="Mã PIN" rules={[{ required: true, message: 'Hãy nhập mã PIN.' }]}>
            <Input.Password autoComplete="current-password" aria-label="Mã PIN" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isBusy}>Đăng nhập</Button>
        </Form>
        <Button type="link" style={{ paddingInline: 0, marginTop: 8 }} onClick={() => setRecovering(true)}>
          Quên mã PIN của Quản trị?
        </Button>
      </Card>
      <RecoverAdminModal isOpen={isRecovering} onClose={() => setRecovering(false)} onRecovered={onSignedIn} />
    </Flex>
  );
}
