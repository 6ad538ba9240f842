/**
 * Before the shell: when the data folder has users, the sign-in screen; after sign-in the shell with
 * the account bar, locked again after the idle time set in Cài đặt. A store without users opens as before.
 * Switching user starts a fresh shell (new query cache), without restarting the app.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Spin } from 'antd';
import { takeEarly, takeSettled } from '../../app/earlyCalls';
import type { AuthState } from '../../../shared/api/accessContract';
import { useApiCall } from '../../lib/useApiCall';
import { AccountBar } from './AccountBar';
import { useIdleLock } from './useIdleLock';
import { AccessRefreshContext } from './accessRefresh';

// The sign-in screen is loaded when shown (a data folder with users), not with the shell.
const SignInScreen = lazy(async () => ({ default: (await import('./SignInScreen')).SignInScreen }));

interface Props {
  children: (accountSlot: ReactNode, userKey: string) => ReactNode;
}

export function AccessGate({ children }: Props) {
  const call = useApiCall();
  // The page's entry asked already (app/earlyCalls): an answer that has arrived is the first render's state.
  const [state, setState] = useState<AuthState | null>(() => takeSettled('auth'));
  // Not asked again when the early answer was the first render's state (see App).
  const hadEarly = useRef(state !== null);
  const [reason, setReason] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await call((api) => api.getAuthState());
    if (result.ok) setState(result.data);
  }, [call]);

  useEffect(() => {
    if (hadEarly.current) return;
    const early = takeEarly('auth');
    void (async () => {
      const result = early ? await early : null;
      if (result?.ok) setState(result.data);
      else await load();
    })();
  }, [load]);

  const signOut = useCallback(async (why: string) => {
    const result = await call((api) => api.signOut());
    setReason(why);
    if (result.ok) setState(result.data);
  }, [call]);

  const isSignedIn = Boolean(state?.hasUsers && state.user);
  useIdleLock(isSignedIn ? (state?.lockAfterMinutes ?? 0) : 0, () => {
    void signOut(`Đã khóa vì không sử dụng ${state?.lockAfterMinutes ?? 0} phút. Hãy đăng nhập lại.`);
  });

  if (!state) return <Spin size="large" fullscreen tip="Đang mở dữ liệu…" />;
  const refresh = () => void load();
  if (!state.hasUsers) return <AccessRefreshContext.Provider value={refresh}>{children(null, 'no-users')}</AccessRefreshContext.Provider>;
  if (!state.user) {
    return (
      <Suspense fallback={<Spin size="large" fullscreen />}>
        <SignInScreen
          state={state}
          reason={reason}
          onSignedIn={(next) => {
            setReason(null);
            setState(next);
          }}
        />
      </Suspense>
    );
  }
  const slot = <AccountBar user={state.user} onLock={() => void signOut('Đã khóa. Hãy đăng nhập lại.')} onSwitch={() => void signOut('Chọn người dùng để tiếp tục.')} />;
  return <AccessRefreshContext.Provider value={refresh}>{children(slot, state.user.id)}</AccessRefreshContext.Provider>;
}
