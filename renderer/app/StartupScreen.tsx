/** The screen shown when the data cannot be opened: locked, damaged or unavailable — each with a way out. */
import { useState } from 'react';
import { App as AntApp, Button, Card, Flex, List, Result, Typography } from 'antd';
import type { StartupState } from '../../shared/api/types';
import type { Result as ApiResult } from '../../shared/api/result';
import type { Api } from '../../shared/api/contract';
import { useApiCall } from '../lib/useApiCall';
import { DataFolderChooser } from './DataFolderChooser';
import { PassphraseForm } from './PassphraseForm';

interface Props {
  state: StartupState;
  onStateChange: (state: StartupState) => void;
}

const TITLES: Record<Exclude<StartupState['status'], 'ready'>, string> = {
  locked: 'Dữ liệu đang được sử dụng',
  damaged: 'Dữ liệu bị hỏng',
  unavailable: 'Không mở được thư mục dữ liệu',
};

export function StartupScreen({ state, onStateChange }: Props) {
  const call = useApiCall();
  const { modal, message } = AntApp.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const status = state.status === 'ready' ? 'unavailable' : state.status;

  async function run(action: string, request: (api: Api) => Promise<ApiResult<StartupState>>) {
    setBusy(action);
    const result = await call(request);
    setBusy(null);
    if (!result.ok) return;
    onStateChange(result.data);
    if (result.data.status !== 'ready' && result.data.message) void message.warning({ content: result.data.message, duration: 6 });
  }

  function confirmStartFresh() {
    modal.confirm({
      title: 'Bắt đầu lại với dữ liệu trống?',
      content: 'Các tệp bị hỏng được giữ nguyên dưới tên .corrupt-… trong thư mục db để có thể gửi đi phục hồi sau. Dữ liệu của các tệp đó sẽ bắt đầu lại từ trống.',
      okText: 'Đồng ý bắt đầu lại',
      cancelText: 'Hủy',
      onOk: () => run('fresh', (api) => api.startFreshAfterDamage()),
    });
  }

  const retry = (
    <Button key="retry" type="primary" loading={busy === 'retry'} onClick={() => void run('retry', (api) => api.retryOpen())}>
      Thử lại
    </Button>
  );
  const startFresh = (
    <Button key="fresh" type="primary" danger loading={busy === 'fresh'} onClick={confirmStartFresh}>
      Bắt đầu lại với dữ liệu trống (giữ bản hỏng)
    </Button>
  );

  return (
    <Flex justify="center" style={{ padding: 48, minHeight: '100vh', background: '#f5f5f5' }}>
      <Card style={{ maxWidth: 820, width: '100%', alignSelf: 'flex-start' }} data-testid={`startup-${status}`}>
        <Result
          status={status === 'locked' ? 'warning' : 'error'}
          title={TITLES[status]}
          subTitle={<Typography.Paragraph style={{ fontSize: 15 }}>{state.message}</Typography.Paragraph>}
          extra={status === 'damaged' ? [startFresh] : state.needsPassphrase ? [] : [retry]}
        />
        {state.needsPassphrase && <PassphraseForm busy={busy === 'unlock'} onUnlock={(passphrase) => run('unlock', (api) => api.unlockDataFolder({ passphrase }))} />}
        {state.corruptCopies && state.corruptCopies.length > 0 && (
          <List
            size="small"
            header={<Typography.Text strong>Bản hỏng được giữ lại:</Typography.Text>}
            bordered
            dataSource={state.corruptCopies}
            renderItem={(file) => (
              <List.Item>
                <Typography.Text code copyable>{file}</Typography.Text>
              </List.Item>
            )}
            style={{ marginBottom: 24 }}
          />
        )}
        <Typography.Paragraph>
          Thư mục dữ liệu: <Typography.Text code>{state.dataFolder}</Typography.Text>
        </Typography.Paragraph>
        {status !== 'locked' && (
          <DataFolderChooser busy={busy} onChoose={(folder) => run('folder', (api) => api.chooseDataFolder(folder ? { folder } : {}))} />
        )}
      </Card>
    </Flex>
  );
}
