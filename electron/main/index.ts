/** App lifecycle: single instance, data folder, store session, IPC, window. */
import { app, BrowserWindow, dialog, shell } from 'electron';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { Session } from '../services/session';
import { createHandlers } from '../services/handlers';
import { registerIpc } from '../ipc/handle';
import { resolveDataFolder } from '../store/dataFolder';
import { blockRemoteContent, createMainWindow } from './window';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const outDir = path.join(__dirname, '..');

async function rememberedFolder(): Promise<string | undefined> {
  try {
    const text = await fs.readFile(path.join(app.getPath('userData'), 'app-settings.json'), 'utf8');
    const folder = (JSON.parse(text) as { dataFolder?: unknown }).dataFolder;
    return typeof folder === 'string' ? folder : undefined;
  } catch {
    return undefined;
  }
}

async function rememberFolder(folder: string): Promise<void> {
  const file = path.join(app.getPath('userData'), 'app-settings.json');
  await fs.writeFile(file, JSON.stringify({ dataFolder: folder }));
}

async function chooseFolder(): Promise<string | null> {
  const result = await dialog.showOpenDialog({ title: 'Chọn thư mục dữ liệu', properties: ['openDirectory', 'createDirectory'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  const folder = resolveDataFolder(await rememberedFolder(), process.env, path.join(app.getPath('userData'), 'data'));
  // Printing opens the PDF in the computer's own viewer (its print dialog sets paper and 100 % scale).
  const openPath = (file: string) => shell.openPath(file);
  const chooseSaveFile = async (suggestedName: string) => {
    const result = await dialog.showSaveDialog({ title: 'Lưu bản sao lưu', defaultPath: suggestedName, filters: [{ name: 'Bản sao lưu Ward Conduct', extensions: ['wcbak'] }] });
    return result.canceled ? null : (result.filePath ?? null);
  };
  const session = new Session(folder, { app: 'Ward Conduct', now: () => new Date(), chooseFolder, rememberFolder, openPath, chooseSaveFile });
  await session.open();
  registerIpc(createHandlers(session), devServerUrl);
  const window = createMainWindow(outDir, devServerUrl);
  blockRemoteContent(window, devServerUrl);
  app.on('before-quit', () => void session.close());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(outDir, devServerUrl);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
