/**
 * Mã hóa dữ liệu (Cài đặt, administrator; issue 16, item 4): whether the data folder is encrypted at
 * rest, turning it on (a new passphrase typed twice, with the warning that it cannot be recovered) or
 * off (the passphrase again), and — in the app on Windows — opening without the passphrase for this
 * Windows account. The service takes a backup first and refuses other roles.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Modal, Switch, Tag, Typography } from 'antd';
import type { EncryptionStatus } from '../../../shared/api/encryptionContract';
import { LoadError } from '../../components/LoadError';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { formatDateVi } from '../../lib/format';

const KEY = ['settings', 'encryption'] as const;

interface SwitchForm {
  passphrase: string;
  repeat?: string;
  isNoted?: boolean;
}

function SwitchModal({ turningOn, onClose, onDone }: { turningOn: boolean; onClose: () => void; onDone: (status: EncryptionStatus) => void }) {
  const call = useApiCall();
  const { message } = App.useApp();
  const [form] = Form.useForm<SwitchForm>();
  const [isBusy, setBusy] = useState(false);

  async function submit(values: SwitchForm) {
    setBusy(true);
    const result = await call((api) => api.setEncryption({ isOn: turningOn, passphrase: values.passphrase }));
    setBusy(false);
    if (!result.ok) return;
    void message.success(`${turningOn ? 'Đã bật' : 'Đã tắt'} mã hóa dữ liệu (${result.data.rewrittenFiles} tệp được ghi lại; đã sao lưu trước khi đổi).`);
    onDone(result.data);
  }

  return (
    <Modal
      open title={turningOn ? 'Bật mã hóa dữ liệu' : 'Tắt mã hóa dữ liệu'} onCancel={onClose} cancelText="Hủy" maskClosable={false}
      okText={turningOn ? 'Bật mã hóa' : 'Tắt mã hóa'} okButtonProps={{ loading: isBusy, danger: !turningOn }} onOk={() => form.submit()}
      data-testid="encryption-modal"
    >
      {turningOn ? (
        <Alert
          type="warning" showIcon style={{ marginBottom: 16 }}
          message="Nếu quên mật khẩu dữ liệu thì không ai mở được dữ liệu, kể cả từ bản sao lưu."
          description="Ghi mật khẩu ra giấy và cất nơi an toàn (tủ hồ sơ mật). Ứng dụng sao lưu dữ liệu trước khi mã hóa; việc mã hóa có thể mất vài chục giây."
        />
      ) : (
        <Typography.Paragraph>Dữ liệu sẽ được ghi lại không mã hóa (sao lưu trước khi đổi). Nhập mật khẩu dữ liệu hiện tại để xác nhận.</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={isBusy}>
        <Form.Item
          name="passphrase" label={turningOn ? 'Mật khẩu dữ liệu mới' : 'Mật khẩu dữ liệu'}
          rules={[{ required: true, message: 'Nhập mật khẩu dữ liệu.' }, ...(turningOn ? [{ min: 8, message: 'Mật khẩu dữ liệu: ít nhất 8 ký tự.' }] : [])]}
        >
          <Input.Password autoFocus autoComplete="new-password" data-testid="encryption-passphrase" />
        </Form.Item>
        {turningOn && (
          <>
            <Form.Item
              name="repeat" label="Nhập lại mật khẩu" dependencies={['passphrase']}
              rules={[
                { required: true, message: 'Nhập lại mật khẩu dữ liệu.' },
                ({ getFieldValue }) => ({ validator: async (_r, v) => { if (v && v !== getFieldValue('passphrase')) throw new Error('Hai lần nhập mật khẩu không giống nhau.'); } }),
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="encryption-repeat" />
            </Form.Item>
            <Form.Item name="isNoted" valuePropName="checked" rules={[{ validator: async (_r, v) => { if (!v) throw new Error('Xác nhận đã ghi lại mật khẩu.'); } }]}>
              <Checkbox data-testid="encryption-noted">Tôi đã ghi lại mật khẩu ở nơi an toàn</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

export function EncryptionPanel() {
  const call = useApiCall();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: () => apiQuery((api) => api.getEncryption()) });
  const [modal, setModal] = useState<'on' | 'off' | null>(null);
  const [isSaving, setSaving] = useState(false);
  const data = status.data;

  function onDone(next: EncryptionStatus) {
    setModal(null);
    queryClient.setQueryData(KEY, next);
    // The switch took a backup first: show it in the list.
    void queryClient.invalidateQueries({ queryKey: queryKeys.backups });
  }

  async function setAccountUnlock(isOn: boolean) {
    setSaving(true);
    const result = await call((api) => api.setAccountUnlock({ isOn }));
    setSaving(false);
    if (result.ok) queryClient.setQueryData(KEY, result.data);
  }

  return (
    <Card title="Mã hóa dữ liệu" data-testid="encryption-panel">
      {status.isError && <LoadError what="trạng thái mã hóa" error={status.error} onRetry={() => void status.refetch()} />}
      {data && (
        <Flex vertical gap={12}>
          <div data-testid="encryption-status">
            {data.isEncrypted ? <Tag color="green">Đang mã hóa</Tag> : <Tag>Không mã hóa</Tag>}
            <Typography.Text>
              {data.isEncrypted
                ? `Dữ liệu, tệp chứng cứ và bản sao lưu được mã hóa (AES-256) từ ngày ${data.since ? formatDateVi(data.since) : '—'}. Mở dữ liệu cần mật khẩu dữ liệu.`
                : 'Ai chép được thư mục dữ liệu là đọc được hồ sơ. Nên bật mã hóa nếu máy dùng chung hoặc hay mang đi.'}
            </Typography.Text>
          </div>
          <div>
            <Button onClick={() => setModal(data.isEncrypted ? 'off' : 'on')} danger={data.isEncrypted} data-testid="encryption-switch">
              {data.isEncrypted ? 'Tắt mã hóa…' : 'Bật mã hóa…'}
            </Button>
          </div>
          {data.isEncrypted && data.accountUnlock !== 'unavailable' && (
            <Flex gap={8} align="center">
              <Switch checked={data.accountUnlock === 'on'} loading={isSaving} onChange={(v) => void setAccountUnlock(v)} aria-label="Mở không cần mật khẩu trên máy này" data-testid="account-unlock" />
              <Typography.Text>Mở không cần mật khẩu khi đăng nhập Windows bằng tài khoản này, trên máy này (máy khác vẫn cần mật khẩu).</Typography.Text>
            </Flex>
          )}
        </Flex>
      )}
      {modal && <SwitchModal turningOn={modal === 'on'} onClose={() => setModal(null)} onDone={onDone} />}
    </Card>
  );
}
