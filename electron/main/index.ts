/** App lifecycle: single instance, data folder, store session, IPC, menu, window, downloads, closing. */
import { app, BrowserWindow, dialog, Menu, screen, shell } from 'electron';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { Session } from '../services/session';
import { createHandlers } from '../services/handlers';
import { newCallClock, withCallClock } from '../services/callClock';
import { warmReportPath } from '../services/reports/reportWarmup';
import { registerIpc } from '../ipc/handle';
import { resolveDataFolder } from '../store/dataFolder';
import { writeFileDurable } from '../store/durableWrite';
import { blockRemoteContent, createMainWindow } from './window';
import { APP_USER_MODEL_ID, CLOSE_QUESTION, isClosingAnyway } from './closeGuard';
import { saveDialogFor } from './downloads';
import { menuTemplate } from './menuTemplate';
import { initialBounds, parseWindowState, type WindowState } from './windowState';
import { safeStorageKeeper } from './osKeyKeeper';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const outDir = path.join(__dirname, '..');

const settingsFile = () => path.join(app.getPath('userData'), 'app-settings.json');
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');

async function readText(file: string): Promise<string | null> {
  return fs.readFile(file, 'utf8').catch(() => null);
}

async function rememberedFolder(): Promise<string | undefined> {
  try {
    const folder = (JSON.parse((await readText(settingsFile())) ?? '{}') as { dataFolder?: unknown }).dataFolder;
    return typeof folder === 'string' ? folder : undefined;
  } catch {
    return undefined;
  }
}

async function rememberFolder(folder: string): Promise<void> {
  await writeFileDurable(settingsFile(), JSON.stringify({ dataFolder: folder }));
}

async function chooseFolder(): Promise<string | null> {
  const result = await dialog.showOpenDialog({ title: 'Chọn thư mục dữ liệu', properties: ['openDirectory', 'createDirectory'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Files the page saves go through the Save dialog (Vietnamese, Documents, the file's own type). */
function routeDownloads(window: BrowserWindow): void {
  window.webContents.session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogFor(item.getFilename(), app.getPath('documents')));
  });
}

/** The page holds the close while it has unsaved input (beforeunload); the person decides. */
function guardUnsavedClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    if (isClosingAnyway(dialog.showMessageBoxSync(window, CLOSE_QUESTION))) event.preventDefault();
  });
}

/** Remembers where the window was, durably, when it closes. */
function rememberBounds(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    void writeFileDurable(windowStateFile(), JSON.stringify(state)).catch(() => undefined);
  });
}

async function openWindow(): Promise<BrowserWindow> {
  const saved = parseWindowState(await readText(windowStateFile()));
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const window = createMainWindow(outDir, devServerUrl, initialBounds(saved, workAreas));
  if (saved?.isMaximized) window.maximize();
  blockRemoteContent(window, devServerUrl);
  routeDownloads(window);
  guardUnsavedClose(window);
  rememberBounds(window);
  return window;
}

async function start(): Promise<void> {
  const folder = resolveDataFolder(await rememberedFolder(), process.env, path.join(app.getPath('userData'), 'data'));
  // Printing opens the PDF in the computer's own viewer (its print dialog sets paper and 100 % scale).
  const openPath = (file: string) => shell.openPath(file);
  const chooseSaveFile = async (suggestedName: string) => {
    const result = await dialog.showSaveDialog({ title: 'Lưu bản sao lưu', defaultPath: suggestedName, filters: [{ name: 'Bản sao lưu Ward Conduct', extensions: ['wcbak'] }] });
    return result.canceled ? null : (result.filePath ?? null);
  };
  const chooseOpenFile = async (options: { title: string; filterName: string; extensions: string[] }) => {
    const result = await dialog.showOpenDialog({ title: options.title, properties: ['openFile'], filters: [{ name: options.filterName, extensions: options.extensions }] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  // An encrypted data folder opens with the key Windows keeps for this account when it was chosen in
  // Cài đặt (safeStorage), else with WARD_CONDUCT_PASSPHRASE when set, else the startup screen asks.
  const passphrase = async () => process.env.WARD_CONDUCT_PASSPHRASE ?? null;
  const osKeys = safeStorageKeeper();
  const session = new Session(folder, { app: 'Ward Conduct', now: () => new Date(), chooseFolder, rememberFolder, openPath, chooseSaveFile, chooseOpenFile, passphrase, osKeys });
  await session.open();
  const callClock = newCallClock();
  registerIpc(withCallClock(createHandlers(session), callClock), devServerUrl);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        showAbout: () => void dialog.showMessageBox({ type: 'info', title: 'Giới thiệu', message: `Ward Conduct ${app.getVersion()}`, detail: `Quy tắc ứng xử cho UBND phường/xã.\nThư mục dữ liệu: ${session.dataFolder}`, buttons: ['Đóng'] }),
        openDataFolder: () => void shell.openPath(session.dataFolder),
      }),
    ),
  );
  await openWindow();
  // The first report the clerk makes is warm: the report path is prepared while the window is idle.
  const warmup = warmReportPath(session, { lastCallAt: callClock.lastCallAt });
  app.on('before-quit', () => {
    warmup?.stop();
    void session.close();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
}

if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

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
