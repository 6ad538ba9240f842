/** Things the person must be told once at startup (recovered from a backup, data converted). */
import { useState } from 'react';
import { Alert, Button, Flex, Modal } from 'antd';
import type { StartupState } from '../../shared/api/types';
import { useApiCall } from '../lib/useApiCall';

interface Props {
  notices: string[];
  onStateChange: (state: StartupState) => void;
}

export function StartupNotices({ notices, onStateChange }: Props) {
  const call = useApiCall();
  const [isBusy, setBusy] = useState(false);

  async function dismiss() {
    setBusy(true);
    const result = await call((api) => api.dismissNotices());
    setBusy(false);
    if (result.ok) onStateChange(result.data);
  }

  return (
    <Modal
      open={notices.length > 0}
      title="Thông báo khi mở dữ liệu"
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      footer={
        <Button type="primary" loading={isBusy} onClick={() => void dismiss()}>
          Đã hiểu
        </Button>
      }
    >
      <Flex vertical gap={8} data-testid="startup-notices">
        {notices.map((notice) => (
          <Alert key={notice} type="warning" showIcon title={notice} />
        ))}
      </Flex>
    </Modal>
  );
}
