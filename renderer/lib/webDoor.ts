/**
 * In a plain browser (`ward-conduct serve`), the page builds its own window.api over loopback HTTP: the
 * same contract as the app's preload, with the run's token read from the URL fragment (#token=…). The
 * fragment is removed from the address bar at once and the token kept for this tab only (a reload works;
 * another tab or a bookmark without the fragment does not).
 */
import type { Api } from '../../shared/api/contract';
import { buildApi } from '../../shared/api/buildApi';
import { fail } from '../../shared/api/result';

/** Must match the server's header (electron/web/guards.ts). */
const TOKEN_HEADER = 'x-ward-token';
const STORAGE_KEY = 'ward-conduct-token';

let isWeb = false;

/** True when the page runs in a browser through `ward-conduct serve`, not in the app's window. */
export function isWebDoor(): boolean {
  return isWeb;
}

function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(STORAGE_KEY, token);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return token;
  }
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}

/** Installs window.api when the app's preload has not (a browser page served over http). */
export function installWebDoor(): void {
  if ((window as { api?: Api }).api || !window.location.protocol.startsWith('http')) return;
  isWeb = true;
  const token = takeToken();
  const api = buildApi(async (method, input) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
    const body: unknown = await response.json().catch(() => null);
    return body ?? fail('INTERNAL', 'Mất kết nối với chương trình Ward Conduct đang chạy: hãy kiểm tra cửa sổ dòng lệnh rồi mở lại địa chỉ.');
  });
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
}

/** In the browser, printing opens the PDF in a new tab, where the browser's own print dialog is. */
export function openPdfInNewTab(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
