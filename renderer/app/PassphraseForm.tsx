/** The startup screen's passphrase field for an encrypted data folder (the text typed is never shown). */
import { useState } from 'react';
import { Button, Flex, Input, Typography } from 'antd';

interface Props {
  busy: boolean;
  onUnlock: (passphrase: string) => void;
}

export function PassphraseForm({ busy, onUnlock }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const submit = () => {
    if (passphrase) onUnlock(passphrase);
    setPassphrase('');
  };
  return (
    <Flex vertical gap={8} style={{ maxWidth: 420, margin: '0 auto 24px' }} data-testid="passphrase-form">
      <Typography.Text strong>Mật khẩu dữ liệu</Typography.Text>
      <Input.Password
        autoFocus
        value={passphrase}
        placeholder="Nhập mật khẩu dữ liệu của thư mục này"
        aria-label="Mật khẩu dữ liệu"
        onChange={(event) => setPassphrase(event.target.value)}
        onPressEnter={submit}
      />
      <Button type="primary" loading={busy} disabled={!passphrase} onClick={submit}>
        Mở dữ liệu
      </Button>
      <Typography.Text type="secondary">Dữ liệu được mã hóa. Quên mật khẩu thì không mở được dữ liệu, kể cả các bản sao lưu.</Typography.Text>
    </Flex>
  );
}
