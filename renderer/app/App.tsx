/** The app: asks for the startup state first, then shows either the startup screen or the shell. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import type { StartupState } from '../../shared/api/types';
import { useApiCall } from '../lib/useApiCall';
import { AppShell } from './AppShell';
import { StartupNotices } from './StartupNotices';
import { StartupScreen } from './StartupScreen';
import { AccessGate } from '../features/access/AccessGate';

export function App() {
  const call = useApiCall();
  const [startup, setStartup] = useState<StartupState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    const result = await call((api) => api.getStartup());
    if (result.ok) setStartup(result.data);
    else setLoadError(result.error.message);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!startup) {
    if (!loadError) return <Spin size="large" fullscreen tip="Đang mở dữ liệu…" />;
    return (
      <Result
        status="error"
        title="Không mở được chương trình"
        subTitle={loadError}
        extra={<Button type="primary" onClick={() => void load()}>Thử lại</Button>}
      />
    );
  }
  if (startup.status !== 'ready') return <StartupScreen state={startup} onStateChange={setStartup} />;
  return (
    <>
      <StartupNotices notices={startup.notices} onStateChange={setStartup} />
      <AccessGate key={startup.dataFolder}>{(accountSlot, userKey) => <AppShell key={`${startup.dataFolder}|${userKey}`} accountSlot={accountSlot} />}</AccessGate>
    </>
  );
}
