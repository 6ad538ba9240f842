/**
 * The app: asks for the startup state first, then shows either the startup screen or the shell. The
 * page's entry asked already (earlyCalls): an answer that has arrived is the first render's state.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import type { StartupState } from '../../shared/api/types';
import { useApiCall } from '../lib/useApiCall';
import { AppShell } from './AppShell';
import { takeEarly, takeSettled } from './earlyCalls';
import { StartupStateContext } from './startupState';
import { AccessGate } from '../features/access/AccessGate';

// Loaded when shown, not with the shell: the startup screen (the data folder cannot open as is: chooser,
// passphrase) and the notices told once at startup (a file recovered, data converted) — most days neither.
const StartupNotices = lazy(async () => ({ default: (await import('./StartupNotices')).StartupNotices }));
const StartupScreen = lazy(async () => ({ default: (await import('./StartupScreen')).StartupScreen }));

export function App() {
  const call = useApiCall();
  const [startup, setStartup] = useState<StartupState | null>(() => takeSettled('startup'));
  // The early answer, when it was the first render's state: not asked again (a second answer, equal but a
  // new object, would only draw the whole shell again while its first frame is being painted).
  const hadEarly = useRef(startup !== null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    const result = await call((api) => api.getStartup());
    if (result.ok) setStartup(result.data);
    else setLoadError(result.error.message);
  }, [call]);

  useEffect(() => {
    if (hadEarly.current) return;
    const early = takeEarly('startup');
    void (async () => {
      const result = early ? await early : null;
      if (result?.ok) setStartup(result.data);
      else await load();
    })();
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
  if (startup.status !== 'ready') {
    return (
      <Suspense fallback={<Spin size="large" fullscreen />}>
        <StartupScreen state={startup} onStateChange={setStartup} />
      </Suspense>
    );
  }
  return (
    <StartupStateContext.Provider value={startup}>
      {startup.notices.length > 0 && (
        <Suspense fallback={null}>
          <StartupNotices notices={startup.notices} onStateChange={setStartup} />
        </Suspense>
      )}
      <AccessGate key={startup.dataFolder}>{(accountSlot, userKey) => <AppShell key={`${startup.dataFolder}|${userKey}`} accountSlot={accountSlot} />}</AccessGate>
    </StartupStateContext.Provider>
  );
}
