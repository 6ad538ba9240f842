/** The data store: a folder of lowdb JSON files, opened with lock, migration, validation and recovery. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import {
  CURRENT_SCHEMA_VERSION, META_FILE, collectionFileName, emptyCollection, emptyMeta, parseCollectionFileName,
  type CollectionFile, type CollectionKind, type MetaFile,
} from '../../shared/schema/records';
import type { RecordOf } from '../../shared/schema/kinds';
import { localDay } from '../../shared/domain/dates';
import { DurableJsonAdapter } from './jsonAdapter';
import { acquireLock, type DataLock } from './lock';
import { dataPaths, type DataPaths } from './dataFolder';
import { LockLostError, StoreDamagedError, StoreUnavailableError, asStoreFault } from './errors';
import { realDisk, removeStaleTempFiles, writeFileDurable, type DiskOps } from './durableWrite';
import { loadDataFile } from './recovery';
import { migrateIfNeeded, rewriteInAsciiForm } from './migrate';
import { createBackupOf, type BackupReason } from './storeBackups';
import { rotateBackups, type BackupFileInfo } from './backups';
import { commitBatch, isJournalCommitted, newBatchId, replayJournal, stampBatch } from './journal';
import { BackgroundBackups } from './backgroundBackups';
import { WriteQueue } from './writeQueue';
import { checkOutputPath } from './outputPath';
import { folderFilePath, listFolderFiles, readFolderFile, removeFolderFile } from './folderFiles';
import { refuseLinksOut } from './linksOut';
import { quarantineFailed } from './recordChecks';
import { auditAndSerialise, recordsBefore, type FileSnapshot } from './audit';
import { keyedDisk, type KeyState } from './encryption/encryptingDisk';
import { checkSwitch, finishSwitch, openKeyState, readKeyFile, setAccountKey, switchOff, switchOn } from './encryption/folderEncryption';
import { carryingKeyDisk } from './encryption/carriedKey';
import type { OsKeyKeeper } from './encryption/osKeys';
import { countLiveInFile, type LiveCounts } from './liveCount';

export interface StoreNotice {
  kind: 'recovered' | 'migrated';
  message: string;
}

export interface OpenStoreOptions {
  folder: string;
  app: string;
  now?: () => Date;
  /** The disk operations writes are made of (tests inject faults here). */
  disk?: DiskOps;
  /** Who changes are recorded as (the session's signed-in user); null falls back to the operator setting. */
  actor?: () => string | null;
  /** Asked only when the folder is encrypted (db/encryption.json): the data passphrase, or null. */
  passphrase?: () => Promise<string | null>;
  /** The OS account's key keeper (the app on Windows): a folder whose key it keeps opens without the passphrase. */
  osKeys?: OsKeyKeeper;
}

/** Folders of the data folder the store writes into (besides db/ and backups/), never through a link out. */
export const FOLDER_AREAS = ['evidence', 'snapshots', 'tmp-print'] as const;

export class Store {
  readonly notices: StoreNotice[] = [];
  private readonly files = new Map<string, Low<unknown>>();
  /** Per loaded collection file, its records' texts as last written (audit.ts); made at its first change. */
  private readonly snapshots = new Map<string, FileSnapshot>();
  /** Per data file, a number that grows whenever its contents may have changed in memory (see generation()). */
  private readonly generations = new Map<string, number>();
  /** Data files on disk not yet loaded (older years). */
  private readonly onDiskOnly = new Set<string>();
  /** Live-record counts of files still on disk only, with the size and time they were counted at. */
  private readonly liveCounts: LiveCounts = new Map();
  /** Loaded files an earlier version wrote in UTF-8, to be written again in the ASCII form (jsonText.ts). */
  private readonly utf8Files = new Set<string>();
  /** Writes one at a time; the background backups give way to it (writeQueue.ts). */
  private readonly queue = new WriteQueue();
  private readonly background: BackgroundBackups;
  /** Set when a committed many-file change could not be put in place: no more writes until the folder is opened again. */
  private broken: unknown = null;
  /** Set by open(): the signed-in user's name, when there is one. */
  private actorOf: () => string | null = () => null;
  /** Encryption at rest (encryption/): the data key while the folder is encrypted, shared with `disk`. */
  private keyState: KeyState = { key: null, isConverting: false };
  /** The disk under the encrypting one (print copies, the switch itself). */
  private baseDisk: DiskOps = realDisk;
  private osKeys: OsKeyKeeper | undefined;

  /**
   * Who the store's audit entries name (audit.ts). The session sets it (Session.actor); until someone
   * signs in it is the operator named in the ward's settings.
   */
  actor: () => string = () => this.operator;

  private constructor(readonly paths: DataPaths, readonly now: () => Date, private lock: DataLock | null, readonly disk: DiskOps, readonly app: string) {
    this.background = new BackgroundBackups(paths, disk, () => this.meta.settings.backupKeep, () => this.queue.settled());
  }

  static async open(options: OpenStoreOptions): Promise<Store> {
    const now = options.now ?? (() => new Date());
    const base = options.disk ?? realDisk;
    const paths = dataPaths(options.folder);
    try {
      await refuseLinksOut(paths.root, ['db', 'backups', ...FOLDER_AREAS]);
      await fs.mkdir(paths.db, { recursive: true });
      await fs.mkdir(paths.backups, { recursive: true });
      await fs.access(paths.db, fs.constants.W_OK);
      const names = await fs.readdir(paths.db);
      await refuseLinksOut(paths.root, names.filter((n) => n === META_FILE || parseCollectionFileName(n)).map((n) => path.join('db', n)));
    } catch (error) {
      throw new StoreUnavailableError(options.folder, error);
    }
    // An encrypted folder without its passphrase (or with a wrong one) is refused here: nothing read, locked or written.
    const { state: keyState, keyFile } = await openKeyState(paths, options.passphrase, options.osKeys);
    const disk = keyedDisk(base, keyState);
    const lock = await acquireLock(options.folder, options.app, now());
    const store = new Store(paths, now, lock, disk, options.app);
    store.keyState = keyState;
    store.baseDisk = base;
    store.osKeys = options.osKeys;
    if (options.actor) store.actorOf = options.actor;
    try {
      // A restore, demo data or migration cut short: finished if it was committed, dropped if not.
      await replayJournal(paths.db, disk);
      await removeStaleTempFiles(paths.db);
      // A writer killed while writing a backup leaves its temp file there too; it would never be cleared.
      await removeStaleTempFiles(paths.backups);
      // Turning encryption on or off cut short: finished now (every file is whole, sealed or plain).
      if (keyFile?.converting) await finishSwitch(paths, keyState, keyFile, base);
      const migration = await migrateIfNeeded(paths, now(), disk);
      if (migration) store.notices.push({ kind: 'migrated', message: migration });
      await store.loadAll();
      store.background.resume();
      store.rewriteUtf8Files();
      return store;
    } catch (error) {
      await lock.release();
      const fault = asStoreFault(error, options.folder);
      if (fault !== error) throw new StoreUnavailableError(options.folder, fault);
      throw error;
    }
  }

  /**
   * Loads meta, the single-file kinds and the yearly files of this year, recovering damaged ones;
   * earlier years stay on disk until first asked for (loadPartition), so opening a ten-year store
   * reads little. Last year is read by the screens that need it (Tổng quan, scoring, reports, each
   * through loadPartition), not by every CLI command. Creates meta.json for a new folder.
   */
  private async loadAll(): Promise<void> {
    const names = (await fs.readdir(this.paths.db)).filter((n) => n === META_FILE || parseCollectionFileName(n));
    const oldestEager = this.now().getFullYear();
    const eager = names.filter((n) => {
      const partition = parseCollectionFileName(n)?.partition;
      return !partition || Number(partition) >= oldestEager;
    });
    for (const name of names) if (!eager.includes(name)) this.onDiskOnly.add(name);
    // meta.json first: a file recovered from a backup joins the batch meta names.
    await this.loadFiles(eager.sort((a, b) => Number(b === META_FILE) - Number(a === META_FILE) || a.localeCompare(b)));
    if (!this.files.has(META_FILE)) {
      if (names.length > 0) throw new StoreDamagedError([META_FILE], []);
      this.attach(META_FILE, emptyMeta(this.now().toISOString()));
      await this.fileDb(META_FILE).write();
    }
  }

  private async loadFiles(names: string[]): Promise<void> {
    const damaged: string[] = [];
    const corruptCopies: string[] = [];
    for (const name of names) {
      const outcome = await loadDataFile(this.paths.db, this.paths.backups, name, this.now(), this.disk, this.files.has(META_FILE) ? this.meta.batch : undefined);
      if (outcome.status === 'ok' && outcome.utf8Form) this.utf8Files.add(name);
      if (outcome.status === 'ok' || outcome.status === 'recovered') {
        this.attach(name, outcome.value);
        await this.checkRecords(name);
      }
      if (outcome.status === 'recovered') {
        const when = new Date(outcome.backupCreatedAt).toLocaleString('vi-VN');
        this.notices.push({
          kind: 'recovered',
          message: `Tệp ${name} bị hỏng. Bản hỏng được giữ lại tại ${path.basename(outcome.corruptCopy)}; dữ liệu của tệp này đã được mở lại từ bản sao lưu lúc ${when}.`,
        });
      }
      if (outcome.status === 'damaged') {
        damaged.push(name);
        corruptCopies.push(outcome.corruptCopy);
      }
    }
    if (damaged.length > 0) throw new StoreDamagedError(damaged, corruptCopies);
  }

  /** Checks every record of a loaded collection file with its kind's schema; failing ones are set aside, whole (recordChecks.ts). */
  private async checkRecords(name: string): Promise<void> {
    const kind = parseCollectionFileName(name)?.kind;
    if (!kind) return;
    const db = this.fileDb(name);
    const set = await quarantineFailed(this.paths.db, name, kind, db.data as CollectionFile, this.now(), this.disk);
    if (!set) return;
    this.touch(name);
    await db.write();
    this.notices.push({ kind: 'recovered', message: set.message });
  }

  /**
   * Files an earlier version wrote in UTF-8 are written again, once, in the ASCII form so that the next
   * open reads them fast (jsonText.ts): after the open, on the write queue, from their text on disk
   * (the same JSON, each non-ASCII character as its escape), each durably. A file that changed form or
   * does not read back the same is left as it is; a failure changes nothing and is not reported (the
   * file stays readable and is written in the new form at its next change).
   */
  private rewriteUtf8Files(): void {
    const names = [...this.utf8Files];
    this.utf8Files.clear();
    if (names.length === 0) return;
    void this.serial(async () => {
      for (const name of names) {
        await this.assertLockHeld();
        await rewriteInAsciiForm(path.join(this.paths.db, name), this.disk);
      }
    }).catch(() => undefined);
  }

  /** Makes sure a yearly file left on disk at open is loaded (checked, recovered if damaged). */
  loadPartition(kind: CollectionKind, partition: string | null): Promise<void> {
    const name = collectionFileName(kind, partition);
    if (!this.onDiskOnly.has(name)) return Promise.resolve();
    return this.serial(async () => {
      if (!this.onDiskOnly.has(name)) return;
      await this.loadFiles([name]);
      this.onDiskOnly.delete(name);
      this.rewriteUtf8Files();
    });
  }

  /** Loads every year of a kind (for lists that span years). */
  async loadAllPartitions(kind: CollectionKind): Promise<string[]> {
    const partitions = this.partitions(kind);
    for (const partition of partitions) await this.loadPartition(kind, partition);
    return partitions;
  }

  private attach(name: string, value: unknown): void {
    const db = new Low<unknown>(new DurableJsonAdapter(path.join(this.paths.db, name), this.disk), value);
    db.data = value;
    this.files.set(name, db);
    this.snapshots.delete(name);
    this.touch(name);
  }

  private touch(name: string): void {
    this.generations.set(name, (this.generations.get(name) ?? 0) + 1);
  }

  /**
   * A number that changes whenever a collection file's records may have changed in memory: loaded, changed
   * (every mutate), read back after a failure, replaced or removed. What is derived from a file (a search
   * index) is kept with the number it was made at and made again once it differs.
   */
  generation(kind: CollectionKind, partition: string | null = null): number {
    return this.generations.get(collectionFileName(kind, partition)) ?? 0;
  }

  private fileDb(name: string): Low<unknown> {
    const db = this.files.get(name);
    if (!db) throw new Error(`file not loaded: ${name}`);
    return db;
  }

  /** Runs mutations one at a time so two calls never interleave their writes. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  get meta(): MetaFile {
    return this.fileDb(META_FILE).data as MetaFile;
  }

  get isInitialised(): boolean {
    return this.meta.ward.name.trim().length > 0;
  }

  get operator(): string {
    return this.actorOf() || this.meta.settings.operatorName || 'Quản trị viên';
  }

  /** Every data file, loaded or still on disk only. */
  fileNames(): string[] {
    return [...new Set([...this.files.keys(), ...this.onDiskOnly])].sort();
  }

  isLoaded(kind: CollectionKind, partition: string | null): boolean {
    return !this.onDiskOnly.has(collectionFileName(kind, partition));
  }

  /** The live collection file (created empty in memory when absent, in the current batch); its record type is the kind's (kinds.ts). */
  collection<K extends CollectionKind>(kind: K, partition: string | null = null): CollectionFile<RecordOf<K>> {
    const name = collectionFileName(kind, partition);
    if (this.onDiskOnly.has(name)) throw new Error(`${name} is on disk but not loaded: call loadPartition first`);
    if (!this.files.has(name)) {
      const batch = this.meta.batch;
      this.attach(name, batch ? stampBatch(emptyCollection(kind, partition), batch) : emptyCollection(kind, partition));
    }
    return this.fileDb(name).data as CollectionFile<RecordOf<K>>;
  }

  /** Partitions (years) that hold records of a yearly kind. */
  partitions(kind: CollectionKind): string[] {
    return this.fileNames().flatMap((n) => {
      const p = parseCollectionFileName(n);
      return p && p.kind === kind && p.partition ? [p.partition] : [];
    });
  }

  /** Refuses to write once another program holds the folder (its lock file no longer names this store). */
  private async assertLockHeld(): Promise<void> {
    if (this.broken) throw this.broken;
    if (!this.lock || !(await this.lock.verify())) throw new LockLostError(this.paths.root);
  }

  /**
   * Applies a change to one file and writes it durably. A change that throws (a refusal) writes
   * nothing. Before the first accepted change of a day the files are kept as they were for the
   * daily backup, which is then made in the background. On any failure the file in memory is read
   * back from disk: nothing half-applied stays. Every record of a collection the change touched gets
   * its audit entry (audit.ts) in the same write.
   */
  mutate<R>(name: string, change: (data: unknown) => R): Promise<R> {
    return this.serial(async () => {
      const db = this.fileDb(name);
      try {
        await this.assertLockHeld();
        const file = name === META_FILE ? null : (db.data as CollectionFile);
        const before = file ? (this.snapshots.get(name) ?? recordsBefore(file.records)) : null;
        // The snapshot stays only once this change is written (a failure reloads the file).
        this.snapshots.delete(name);
        this.touch(name);
        const result = change(db.data);
        const serialised = file && before ? auditAndSerialise(file, before, this.now().toISOString(), this.actor(), this.app) : null;
        // The day's mark in meta.json and the change are written side by side (two files, after the links).
        const { marked: dayMark } = await this.keepDayStartIfDue(name);
        const write = serialised ? (db.adapter as DurableJsonAdapter<unknown>).writeText(serialised.bytes) : db.write();
        const [written, marked] = await Promise.allSettled([write, dayMark]);
        if (written.status === 'rejected') throw written.reason;
        if (marked.status === 'rejected') throw marked.reason;
        if (serialised && file) this.snapshots.set(name, serialised.after);
        this.background.kick();
        return result;
      } catch (error) {
        await this.reload(name, db);
        // The day's mark in meta.json may have been set before the failure.
        if (name !== META_FILE) await this.reload(META_FILE, this.fileDb(META_FILE));
        throw asStoreFault(error, this.paths.root);
      }
    });
  }

  private async reload(name: string, db: Low<unknown>): Promise<void> {
    this.snapshots.delete(name);
    this.touch(name);
    const onDisk = await db.adapter.read().catch(() => null);
    if (onDisk !== null) db.data = onDisk;
    else if (name !== META_FILE) this.files.delete(name);
  }

  updateMeta<R>(change: (meta: MetaFile) => R): Promise<R> {
    return this.mutate(META_FILE, (data) => change(data as MetaFile));
  }

  async mutateCollection<K extends CollectionKind, R>(kind: K, partition: string | null, change: (file: CollectionFile<RecordOf<K>>) => R): Promise<R> {
    await this.loadPartition(kind, partition);
    this.collection(kind, partition);
    return this.mutate(collectionFileName(kind, partition), (data) => change(data as CollectionFile<RecordOf<K>>));
  }

  /** Live (not deleted) records of a file; a file still on disk only is counted from its text. */
  async countLive(kind: CollectionKind, partition: string | null): Promise<number> {
    const name = collectionFileName(kind, partition);
    if (!this.onDiskOnly.has(name)) return this.collection(kind, partition).records.filter((r) => !r.deletedAt).length;
    // Through the store's disk: an encrypted folder's file is opened before it is counted.
    return countLiveInFile(path.join(this.paths.db, name), this.liveCounts, (file) => this.disk.read(file));
  }

  /**
   * Before the day's first accepted change: keep every data file as it is (hard links) and mark the
   * day. Resolves once the links are made, with the write of the mark in meta.json under way (the
   * caller awaits it beside its own write); a change of meta itself carries the mark in its own write.
   */
  private async keepDayStartIfDue(changing: string): Promise<{ marked: Promise<void> }> {
    const today = localDay(this.now());
    const meta = this.meta;
    // Wrapped: an async function returning a bare promise would wait for it.
    if (meta.lastAutoBackupDay === today) return { marked: Promise.resolve() };
    await this.background.keepDayStart(this.fileNames(), this.now().toISOString());
    meta.lastAutoBackupDay = today;
    return { marked: changing === META_FILE ? Promise.resolve() : this.fileDb(META_FILE).write() };
  }

  /**
   * Writes a file the data folder keeps beside the data (a period's PDF snapshot, …), durably; the
   * path is relative to the data folder and may not leave it nor touch db/ or backups/.
   */
  async writeFolderFile(relative: string, bytes: Uint8Array): Promise<string> {
    const file = folderFilePath(this.paths.root, relative);
    await this.assertLockHeld();
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await refuseLinksOut(this.paths.root, [path.relative(this.paths.root, path.dirname(file))]);
      // Print copies are opened by the computer's PDF viewer, so they stay plain (removed after an hour; encryption/).
      const isPrintCopy = path.relative(this.paths.root, file).split(path.sep)[0] === 'tmp-print';
      await writeFileDurable(file, bytes, isPrintCopy ? this.baseDisk : this.disk);
    } catch (error) {
      throw asStoreFault(error, this.paths.root);
    }
    return file;
  }

  /** A file kept beside the data (evidence, …); null when missing or a link out of the folder. */
  readFolderFile(relative: string): Promise<Buffer | null> {
    return readFolderFile(this.paths.root, relative, this.disk);
  }

  /** The files of a folder kept beside the data, with their modification times. */
  listFolderFiles(relativeDir: string): Promise<{ name: string; mtimeMs: number }[]> {
    return listFolderFiles(this.paths.root, relativeDir);
  }

  /** Removes a file kept beside the data (a print copy, evidence a failed save wrote). */
  async removeFolderFile(relative: string): Promise<void> {
    await this.assertLockHeld();
    await removeFolderFile(this.paths.root, relative);
  }

  /** Waits until the backups being made in the background are written. */
  idle(): Promise<void> {
    return this.background.idle();
  }

  private async writeBackupNow(reason: BackupReason, target?: string): Promise<BackupFileInfo> {
    if (!target) await this.assertLockHeld();
    try {
      const info = await createBackupOf(this.paths, this.meta, reason, this.now(), target, target ? await this.chosenFileDisk() : this.disk);
      if (!target) await rotateBackups(this.paths.backups, this.meta.settings.backupKeep, this.disk);
      return info;
    } catch (error) {
      throw asStoreFault(error, target ? path.dirname(target) : this.paths.backups, target ? 'output' : 'data');
    }
  }

  /** A chosen file from an encrypted folder carries the passphrase-wrapped key (encryption/carriedKey.ts). */
  private async chosenFileDisk(): Promise<DiskOps> {
    const keyFile = this.keyState.key ? await readKeyFile(this.paths) : null;
    return keyFile ? keyedDisk(carryingKeyDisk(this.baseDisk, keyFile), this.keyState) : this.disk;
  }

  /** A chosen backup's own key, unlocked by its passphrase, read with for the rest of this session (memory only). */
  addBackupKey(key: Buffer): void {
    this.keyState.extraKeys = [...(this.keyState.extraKeys ?? []), key];
  }

  /** A backup into the backups folder, or to a chosen file (never inside the data folder). */
  async backup(reason: BackupReason, target?: string): Promise<BackupFileInfo> {
    const checked = target === undefined ? undefined : await checkOutputPath(this.paths.root, target);
    return this.serial(() => this.writeBackupNow(reason, checked));
  }

  /**
   * Writes many files all or nothing (journal): the given ones replace theirs, those in `remove` go.
   * Every data file left afterwards carries the new batch id (untouched ones are rewritten to say so).
   */
  writeBatch(values: Record<string, unknown>, remove: string[] = []): Promise<void> {
    return this.serial(() => this.writeBatchNow(values, remove));
  }

  private async writeBatchNow(values: Record<string, unknown>, remove: string[]): Promise<void> {
    await this.assertLockHeld();
    await (await this.keepDayStartIfDue(META_FILE)).marked;
    const newMeta = values[META_FILE] as MetaFile | undefined;
    if (newMeta) values = { ...values, [META_FILE]: { ...newMeta, lastAutoBackupDay: this.meta.lastAutoBackupDay } };
    for (const name of this.fileNames()) {
      if (name in values || remove.includes(name)) continue;
      await this.loadPartitionNow(name);
    }
    const all: Record<string, unknown> = { ...values };
    for (const name of this.fileNames()) if (!remove.includes(name) && !(name in values)) all[name] = this.fileDb(name).data;
    let written: Record<string, unknown>;
    try {
      written = await commitBatch(this.paths.db, all, remove, newBatchId(), this.disk);
    } catch (error) {
      const fault = asStoreFault(error, this.paths.root);
      // Committed but not all in place: finish it now, or write nothing more (the next open finishes it).
      if (await isJournalCommitted(this.paths.db)) await replayJournal(this.paths.db, this.disk).catch(() => (this.broken = fault));
      await this.reloadAll();
      throw fault;
    }
    for (const name of remove) {
      this.files.delete(name);
      this.onDiskOnly.delete(name);
      this.touch(name);
    }
    for (const [name, value] of Object.entries(written)) this.attach(name, value);
    this.background.kick();
  }

  /** Makes memory what is on disk again, after a many-file change failed part way. */
  private async reloadAll(): Promise<void> {
    const onDisk = new Set((await fs.readdir(this.paths.db)).filter((n) => n === META_FILE || parseCollectionFileName(n)));
    for (const [name, db] of [...this.files]) if (onDisk.has(name) || name === META_FILE) await this.reload(name, db);
    for (const name of [...this.files.keys()]) {
      if (onDisk.has(name) || name === META_FILE) continue;
      this.files.delete(name);
      this.touch(name);
    }
    for (const name of onDisk) if (!this.files.has(name)) this.onDiskOnly.add(name);
  }

  private async loadPartitionNow(name: string): Promise<void> {
    if (!this.onDiskOnly.has(name)) return;
    await this.loadFiles([name]);
    this.onDiskOnly.delete(name);
  }

  /** Replaces every data file with the given (checked, current-version) files, after a safety backup; all or nothing. */
  replaceAll(files: Record<string, unknown>): Promise<BackupFileInfo> {
    return this.serial(async () => {
      const safety = await this.writeBackupNow('beforeRestore');
      await this.writeBatchNow(files, this.fileNames().filter((n) => !(n in files)));
      return safety;
    });
  }

  get isEncrypted(): boolean {
    return this.keyState.key !== null;
  }

  /**
   * Turns encryption at rest on or off (encryption/folderEncryption.ts): a backup first, then every
   * file of the folder rewritten whole; a kill part way is finished at the next open.
   */
  setEncryption(isOn: boolean, passphrase: string): Promise<{ rewritten: number; safetyBackup: BackupFileInfo }> {
    return this.serial(async () => {
      await this.assertLockHeld();
      await checkSwitch(this.paths, this.keyState, isOn, passphrase);
      await this.queue.awaitingBackups(() => this.background.idle());
      const safetyBackup = await this.writeBackupNow('beforeEncryption');
      try {
        const rewritten = isOn
          ? await switchOn(this.paths, this.keyState, passphrase, this.baseDisk, this.now())
          : await switchOff(this.paths, this.keyState, passphrase, this.baseDisk);
        return { rewritten, safetyBackup };
      } catch (error) {
        throw asStoreFault(error, this.paths.root);
      }
    });
  }

  /** Whether this computer's user account can keep the data key (the app on Windows). */
  get canKeepKeyForAccount(): boolean {
    return this.osKeys?.isAvailable() ?? false;
  }

  /** Keeps the data key for this computer's user account too, or stops (encryption/osKeys.ts). */
  setAccountKey(isOn: boolean): Promise<void> {
    return this.serial(async () => {
      await this.assertLockHeld();
      await setAccountKey(this.paths, this.keyState, this.osKeys, isOn, this.baseDisk);
    });
  }

  async close(): Promise<void> {
    await this.queue.drained();
    await this.background.idle().catch(() => undefined);
    await this.lock?.release();
    this.lock = null;
  }
}

export { CURRENT_SCHEMA_VERSION };
