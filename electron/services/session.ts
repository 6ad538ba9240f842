/** Owns the open store for a door (app, CLI or harness) and turns opening failures into a startup state. */
import { ServiceError } from '../../shared/api/result';
import type { StartupState } from '../../shared/api/types';
import { Store } from '../store/dataStore';
import { LockedError } from '../store/lock';
import { StoreDamagedError, StoreFaultError, StoreUnavailableError } from '../store/errors';
import { NoCorruptCopyError, startFreshFiles } from '../store/startFresh';
import { realDisk, type DiskOps } from '../store/durableWrite';
import type { SignedInUser } from '../../shared/api/accessContract';
import { moveIdNumbersOutOfNotes } from './staffIdNumber';
import type { OsKeyKeeper } from '../store/encryption/osKeys';

export interface SessionDeps {
  app: string;
  now: () => Date;
  /** Asks the person for a data folder (the app's OS dialog); absent in the CLI and tests. */
  chooseFolder?: () => Promise<string | null>;
  /** Remembers a chosen data folder for the next start (the app only). */
  rememberFolder?: (folder: string) => Promise<void>;
  /**
   * Opens a file with the computer's default program (the app: shell.openPath), resolving to an
   * error text or '' on success. Absent in the CLI: printing then needs the app.
   */
  openPath?: (file: string) => Promise<string>;
  /** Asks where to save a file (the app's save dialog), null when the person cancels; absent in the CLI. */
  chooseSaveFile?: (suggestedName: string) => Promise<string | null>;
  /** The disk operations the store writes with (Store.open's `disk`: fault tests, a spy, encryption later). */
  disk?: DiskOps;
  /** Asks for an existing file to open (the app's open dialog), null when the person cancels; absent in the CLI and the browser. */
  chooseOpenFile?: (options: { title: string; filterName: string; extensions: string[] }) => Promise<string | null>;
  /** The data passphrase of an encrypted folder (CLI: WARD_CONDUCT_PASSPHRASE or a prompt); asked only when the folder is encrypted. */
  passphrase?: () => Promise<string | null>;
  /** The OS account's key keeper (the app on Windows, safeStorage): an encrypted folder it keeps the key of opens without the passphrase. */
  osKeys?: OsKeyKeeper;
}

export class Session {
  private current: Store | null = null;
  private state: StartupState;
  private damagedFiles: string[] = [];
  private seenNotices = 0;
  /** The signed-in user (null: nobody yet, or a store without users); set by services/access. */
  user: SignedInUser | null = null;

  /** Who changes are recorded as (the store's audit entries): the person signed in, else the operator named in the ward's settings. */
  get actor(): string {
    return this.user?.name ?? this.current?.operator ?? this.deps.app;
  }

  constructor(private folder: string, readonly deps: SessionDeps) {
    this.state = { status: 'unavailable', dataFolder: folder, message: 'Chưa mở dữ liệu.', notices: [], isInitialised: false };
  }

  get startup(): StartupState {
    if (this.current) {
      // Notices found after opening (an old year recovered when first loaded) are shown too.
      const late = this.current.notices.slice(this.seenNotices).map((n) => n.message);
      this.seenNotices = this.current.notices.length;
      this.state = { ...this.state, notices: [...this.state.notices, ...late], isInitialised: this.current.isInitialised };
    }
    return this.state;
  }

  get dataFolder(): string {
    return this.folder;
  }

  /** The open store's disk (it unseals an encrypted folder's files), else the plain one. */
  get readDisk(): DiskOps {
    return this.current?.disk ?? realDisk;
  }

  /** The passphrase this session opens with once encryption was turned on in it (so a reopen needs no prompt). */
  rememberPassphrase(passphrase: string | null): void {
    this.rememberedPassphrase = passphrase;
  }

  private rememberedPassphrase: string | null = null;

  /** The passphrase an encrypted folder is opened with: the one typed in this session, else the door's (env var, prompt). */
  private passphraseFor(): () => Promise<string | null> {
    return async () => this.rememberedPassphrase ?? (await this.deps.passphrase?.()) ?? null;
  }

  /** Opens an encrypted folder with the passphrase typed on the startup screen; a refused one is not kept. */
  async unlock(passphrase: string): Promise<StartupState> {
    // Already open (a plain folder, or unlocked before): nothing to do.
    if (this.current) return this.startup;
    this.rememberedPassphrase = passphrase.normalize('NFC');
    const state = await this.open();
    if (state.status !== 'ready') this.rememberedPassphrase = null;
    return state;
  }

  /** The open store, or a ServiceError naming why there is none. */
  get store(): Store {
    if (this.current) return this.current;
    const code = this.state.status === 'locked' ? 'STORE_LOCKED' : this.state.status === 'damaged' ? 'STORE_DAMAGED' : 'STORE_UNAVAILABLE';
    throw new ServiceError(code, this.state.message || undefined);
  }

  async open(folder: string = this.folder): Promise<StartupState> {
    await this.close();
    if (folder !== this.folder) this.rememberedPassphrase = null;
    this.folder = folder;
    this.damagedFiles = [];
    this.user = null;
    const base = { dataFolder: folder, notices: [] as string[], isInitialised: false };
    try {
      this.current = await Store.open({ folder, app: this.deps.app, now: this.deps.now, disk: this.deps.disk, actor: () => this.user?.name ?? null, passphrase: this.passphraseFor(), osKeys: this.deps.osKeys });
      this.state = { ...base, status: 'ready', message: '', notices: this.current.notices.map((n) => n.message), isInitialised: this.current.isInitialised };
      this.seenNotices = this.current.notices.length;
      // Numbers earlier imports left in the notes get their own field; a write that fails here is tried again at the next opening.
      await moveIdNumbersOutOfNotes(this.current).catch(() => 0);
    } catch (error) {
      this.state = { ...base, ...describeOpenError(error, folder) };
      if (error instanceof StoreDamagedError) this.damagedFiles = error.files;
      if (!(error instanceof LockedError || error instanceof StoreDamagedError || error instanceof StoreUnavailableError)) throw error;
    }
    return this.startup;
  }

  /** The way out of "damaged beyond recovery": the damaged files stay as .corrupt copies, the rest opens. */
  async startFreshAfterDamage(): Promise<StartupState> {
    if (this.state.status !== 'damaged') throw new ServiceError('CONFLICT', 'Dữ liệu không ở trạng thái hỏng.');
    try {
      await startFreshFiles(this.folder, this.deps.app, this.damagedFiles, this.deps.now(), this.deps.disk, this.passphraseFor(), this.deps.osKeys);
    } catch (error) {
      if (error instanceof NoCorruptCopyError) throw new ServiceError('INTERNAL', 'Không tìm thấy bản giữ lại của tệp hỏng; không xóa gì.');
      throw error;
    }
    const kept = this.damagedFiles.join(', ');
    const state = await this.open(this.folder);
    if (state.status === 'ready') {
      this.state = { ...state, notices: [...state.notices, `Đã bắt đầu lại các tệp hỏng (${kept}) với dữ liệu trống. Bản hỏng vẫn được giữ trong thư mục db.`] };
    }
    return this.startup;
  }

  dismissNotices(): StartupState {
    this.state = { ...this.state, notices: [] };
    return this.startup;
  }

  async close(): Promise<void> {
    const store = this.current;
    this.current = null;
    if (store) await store.close();
  }
}

function describeOpenError(error: unknown, folder: string): Omit<StartupState, 'dataFolder' | 'notices' | 'isInitialised'> {
  if (error instanceof LockedError) {
    const who = error.owner ? ` (${error.owner.app} trên máy ${error.owner.host}, từ ${new Date(error.owner.since).toLocaleString('vi-VN')})` : '';
    return {
      status: 'locked',
      message: `Dữ liệu tại ${folder} đang được một cửa sổ hoặc lệnh khác của Ward Conduct sử dụng${who}. Hãy đóng chương trình đó rồi thử lại.`,
      lockOwner: error.owner,
    };
  }
  if (error instanceof StoreDamagedError) {
    return {
      status: 'damaged',
      message: `Tệp dữ liệu bị hỏng (${error.files.join(', ')}) và không có bản sao lưu dùng được. Bản hỏng đã được giữ lại, không có gì bị ghi đè.`,
      corruptCopies: error.corruptCopies,
    };
  }
  // A disk fault while opening (a full disk, a read-only drive), or a link out of the folder, says what it is and what to do.
  // An encrypted folder opened without its passphrase, or with a wrong one (encryption/folderEncryption.ts).
  if (error instanceof StoreUnavailableError && error.reason instanceof ServiceError && error.reason.code === 'FORBIDDEN') return { status: 'unavailable', message: error.reason.message, needsPassphrase: true };
  if (error instanceof StoreUnavailableError && (error.reason instanceof StoreFaultError || error.reason instanceof ServiceError)) return { status: 'unavailable', message: (error.reason as Error).message };
  return { status: 'unavailable', message: `Không mở được thư mục dữ liệu ${folder}. Kiểm tra ổ đĩa hoặc quyền ghi, hoặc chọn thư mục khác.` };
}
