/** The main window with the Electron security baseline. */
import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import { MIN_SIZE, type Rect } from './windowState';

export function createMainWindow(outDir: string, devServerUrl: string | undefined, bounds: Rect): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Ward Conduct — Quy tắc ứng xử',
    show: false,
    webPreferences: {
      preload: path.join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // PDFs are drawn by pdf.js on canvases and printed in the system viewer: no PDF plugin needed.
      plugins: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (devServerUrl && url.startsWith(devServerUrl)) return;
    event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(path.join(outDir, 'renderer', 'index.html'));
  return window;
}

/** Remote content is never loaded: every request that is not our own files or dev server is cancelled. */
export function blockRemoteContent(window: BrowserWindow, devServerUrl: string | undefined): void {
  window.webContents.session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const isLocal = url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
    const isDev = Boolean(devServerUrl && url.startsWith(devServerUrl.replace(/\/$/, '')));
    callback({ cancel: !(isLocal || isDev) });
  });
  void shell; // external links are not opened: the app has none.
}
